import type { HistoryEntry } from '@flowsmith/compiler';
import type { Lang } from '@flowsmith/model';
import type { CaseNames } from './runStore';

/** The outcomes of the compiler's audit trail that the run mode says in words. */
const KNOWN = [
  'started',
  'completed',
  'took-flow',
  'took-flows',
  'split',
  'joined',
  'elapsed',
  'done',
  'failed',
  'escalated',
  'ended',
];

/**
 * What happened at one line of the audit trail, in words (`run.outcomes.*`): the flow an xor
 * took by its label (or the step it leads to), the flows an inclusive split took listed in
 * quotes (`“a”, “b”` / `“a”、“b”`). An outcome of the host's own is shown as written. Pure.
 */
export function auditOutcome(
  h: Pick<HistoryEntry, 'outcome' | 'flowId' | 'flowIds'>,
  names: Pick<CaseNames, 'flows'>,
  lang: Lang,
  t: (key: string, o?: Record<string, unknown>) => string,
): string {
  if (!KNOWN.includes(h.outcome)) return h.outcome;
  const name = (id: string) => names.flows.get(id) ?? id;
  const label = h.flowId === undefined ? '' : name(h.flowId);
  const labels = (h.flowIds ?? [])
    .map((id) => `“${name(id)}”`)
    .join(lang === 'zh-CN' ? '、' : ', ');
  return t(`run.outcomes.${h.outcome}`, { label, labels });
}
