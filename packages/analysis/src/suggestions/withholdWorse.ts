import type { Lang } from '@flowsmith/model';
import { analysisMessage } from '../messages';
import type { Finding, PredictedEffect } from '../types';

/** A worsening smaller than this (minutes, or currency units) is rounding, not worse. */
const NOISE = 1e-6;

/**
 * What a predicted effect makes worse among lead time and cost ("lead time", "cost per case" in
 * `lang`), or undefined when neither gets worse. Pure.
 */
export function worsens(effect: PredictedEffect, lang: Lang = 'en'): string | undefined {
  const worse: string[] = [];
  const zh = lang === 'zh-CN';
  if (effect.cycleTimeMean > NOISE) worse.push(zh ? '周期时间' : 'the lead time');
  if (effect.costPerCase > NOISE) worse.push(zh ? '单件成本' : 'the cost per case');
  return worse.length ? worse.join(zh ? '和' : ' and ') : undefined;
}

/**
 * Moves the suggestions of `finding` whose effect is known and makes lead time or cost worse
 * to `finding.withheld` (code `makes-worse`, with the reason); a worse change is not an
 * improvement. Changes `finding` in place. Pure otherwise.
 */
export function withholdWorse(finding: Finding, lang: Lang = 'en'): void {
  const kept = [];
  for (const s of finding.suggestions) {
    const what = s.effect ? worsens(s.effect, lang) : undefined;
    if (!what) {
      kept.push(s);
      continue;
    }
    (finding.withheld ??= []).push({
      suggestion: s,
      code: 'makes-worse',
      reason: analysisMessage('withheld.makes-worse', { what }, lang),
    });
  }
  finding.suggestions = kept;
}
