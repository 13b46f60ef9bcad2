import type { Lang, ProcessDocument } from '@flowsmith/model';
import { formatMinutes, formatPercent, reportLabels } from './messages';
import type { AnalysisResult, PredictedEffect } from './types';

const round2 = (x: number) => (Number.isFinite(x) ? String(Math.round(x * 100) / 100) : '∞');

/** A predicted effect as one line: `cycle time −12 min, cost −3.5, hand-overs −1, bottleneck −8%`. Pure. */
export function formatEffect(e: PredictedEffect, lang: Lang = 'en'): string {
  const l = reportLabels[lang];
  const sign = (x: number) => (x > 0 ? '+' : x < 0 ? '−' : '±');
  const t = (x: number) => `${sign(x)}${formatMinutes(Math.abs(x), lang)}`;
  const n = (x: number) => `${sign(x)}${round2(Math.abs(x))}`;
  return [
    `${l.cycleTime} ${t(e.cycleTimeMean)}`,
    `${l.costPerCase} ${n(e.costPerCase)}`,
    `${l.handoffs} ${n(e.handoffsPerCase)}`,
    `${l.utilization} ${sign(e.bottleneckUtilization)}${formatPercent(Math.abs(e.bottleneckUtilization))}`,
  ].join(', ');
}

/**
 * The analysis as a plain-text report a person reads in a terminal: headline figures, roles,
 * the critical path, then the findings with their suggestions. Pure.
 */
export function formatReport(
  doc: ProcessDocument,
  result: AnalysisResult,
  lang: Lang = 'en',
): string {
  const l = reportLabels[lang];
  const m = result.metrics;
  const name = (id: string) =>
    doc.steps.find((s) => s.id === id)?.name ?? doc.roles.find((r) => r.id === id)?.name ?? id;
  const lines = [
    `${l.process}: ${doc.name} (${doc.id})`,
    `${l.cycleTime}: ${formatMinutes(m.cycleTime.mean, lang)} (${l.touch} ${formatMinutes(m.cycleTime.touch, lang)}, ${l.wait} ${formatMinutes(m.cycleTime.wait, lang)})`,
    `${l.flowEfficiency}: ${formatPercent(m.flowEfficiency)}   ${l.nvaShare}: ${formatPercent(m.nonValueAddingShare)}`,
    `${l.costPerCase}: ${round2(m.costPerCase)}   ${l.handoffs}: ${round2(m.handoffsPerCase)}   ${l.arrivals}: ${round2(m.arrivalRate * 60)}`,
    `${l.criticalPath}: ${m.criticalPath.map(name).join(' → ')}`,
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
    if (f.steps.length) lines.push(`      ${l.steps}: ${f.steps.join(', ')}`);
    for (const s of f.suggestions) {
      lines.push(
        `      → ${l.suggestion}: ${s.message}${s.effect ? ` (${l.effect}: ${formatEffect(s.effect, lang)})` : ''}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}
