import type { Lang, ProcessDocument } from '@flowsmith/model';
import { currencyOf, formatMoney } from './compare/formatMoney';
import { formatPoints, formatSigned, formatSignedMinutes } from './compare/formatPoints';
import { formatMinutes, formatPercent, reportLabels } from './messages';
import { formatExcludes } from './scope/estimateExcludes';
import type { AnalysisResult, FindingImpact, PredictedEffect } from './types';

/** New cases per week = cases per minute × 10,080: with working-hours calendars, the week's cases. */
const MINUTES_PER_WEEK = 7 * 24 * 60;

const round2 = (x: number) => (Number.isFinite(x) ? String(Math.round(x * 100) / 100) : '∞');

/**
 * A predicted effect as one line: `cycle time −12 min, cost −¥3.50, hand-overs −1, bottleneck
 * −8 pp` — the bottleneck's utilisation in percentage points, `±0` for what rounds to zero. Pure.
 */
export function formatEffect(e: PredictedEffect, lang: Lang = 'en', currency?: string): string {
  const l = reportLabels[lang];
  return [
    `${l.cycleTime} ${formatSignedMinutes(e.cycleTimeMean, lang)}`,
    `${l.costPerCase} ${formatMoney(e.costPerCase, currency, true)}`,
    `${l.handoffs} ${formatSigned(e.handoffsPerCase)}`,
    `${l.utilization} ${formatPoints(e.bottleneckUtilization, lang)}`,
  ].join(', ');
}

/** A finding's impact as one line: `lead time 7.2 h per case · cost ¥36.67 per case · 3.7 h per week of its role`. Pure. */
export function formatImpact(i: FindingImpact, lang: Lang = 'en', currency?: string): string {
  const l = reportLabels[lang];
  const parts = [];
  if (i.leadTimeMinutes !== 0)
    parts.push(`${l.impactLead} ${formatMinutes(i.leadTimeMinutes, lang)}${l.perCase}`);
  if (i.costPerCase !== 0)
    parts.push(`${l.impactCost} ${formatMoney(i.costPerCase, currency)}${l.perCase}`);
  if (i.roleHoursPerWeek !== 0)
    parts.push(`${l.impactHours} ${round2(i.roleHoursPerWeek)}${l.hoursPerWeek}`);
  return parts.length ? parts.join(' · ') : l.noImpact!;
}

/**
 * The analysis as a plain-text report a person reads in a terminal: headline figures, roles,
 * the critical path, then the findings in the analysis' order (errors, then by impact), each with
 * its impact, its suggestions and the suggestions withheld with their reason. Costs carry the
 * document's currency (compare/formatMoney). Pure.
 */
export function formatReport(
  doc: ProcessDocument,
  result: AnalysisResult,
  lang: Lang = 'en',
): string {
  const l = reportLabels[lang];
  const m = result.metrics;
  const currency = currencyOf(doc);
  const name = (id: string) =>
    doc.steps.find((s) => s.id === id)?.name ?? doc.roles.find((r) => r.id === id)?.name ?? id;
  const lines = [
    `${l.process}: ${doc.name} (${doc.id})`,
    `${l.cycleTime}: ${formatMinutes(m.cycleTime.mean, lang)} (${l.touch} ${formatMinutes(m.cycleTime.touch, lang)}, ${l.wait} ${formatMinutes(m.cycleTime.wait, lang)})`,
    `${l.flowEfficiency}: ${formatPercent(m.flowEfficiency)}   ${l.nvaShare}: ${formatPercent(m.nonValueAddingShare)}`,
    `${l.costPerCase}: ${formatMoney(m.costPerCase, currency)}   ${l.handoffs}: ${round2(m.handoffsPerCase)}   ${l.arrivals}: ${round2(m.arrivalRate * MINUTES_PER_WEEK)}`,
    `${l.criticalPath}: ${m.criticalPath.map(name).join(' → ')}`,
    ...(result.excludes?.length ? [formatExcludes(result.excludes, lang)] : []),
    '',
    `${l.roles}:`,
  ];
  for (const [id, r] of Object.entries(m.roles)) {
    lines.push(
      `  ${name(id)}: ${l.utilization} ${formatPercent(r.utilization)}, ${l.workPerCase} ${formatMinutes(r.workPerCase, lang)}, ${l.waitPerVisit} ${formatMinutes(r.waitMean, lang)}`,
    );
  }
  lines.push('', `${l.findings}:`);
  if (result.findings.length === 0) lines.push(`  ${l.none}`);
  for (const f of result.findings) {
    lines.push(`  ${l[f.severity]} [${f.kind}] ${f.message}`);
    lines.push(`      ${l.impact}: ${formatImpact(f.impact, lang, currency)}`);
    if (f.steps.length) lines.push(`      ${l.steps}: ${f.steps.join(', ')}`);
    for (const s of f.suggestions) {
      lines.push(
        `      → ${l.suggestion}: ${s.message}${s.effect ? ` (${l.effect}: ${formatEffect(s.effect, lang, currency)})` : ''}`,
      );
    }
    for (const w of f.withheld ?? []) {
      lines.push(`      × ${l.withheld}: ${w.suggestion.message} — ${w.reason}`);
    }
  }
  return lines.join('\n') + '\n';
}
