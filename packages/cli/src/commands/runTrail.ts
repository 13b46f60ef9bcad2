import type { Lang, ProcessDocument } from '@flowsmith/model';
import type { HistoryEntry } from '@flowsmith/compiler';
import { durationText, outcomeText, sayRun } from './runTerminalMessages';

/**
 * The audit trail as readable lines in `lang` (no codes): number, case time since `start` (the
 * case's clock, so timers that were fast-forwarded show as time that passed), step name, what
 * happened, the branch taken (the branches, at an inclusive split) and who. An entry stamped before `start` (an event file's own `at`)
 * shows its UTC time instead. Pure.
 */
export function trailLines(
  doc: ProcessDocument,
  history: readonly HistoryEntry[],
  lang: Lang,
  start: number,
): string[] {
  const width = String(history.length).length;
  const times = history.map((h) =>
    h.at >= start
      ? `+${durationText((h.at - start) / 60_000, lang)}`
      : new Date(h.at).toISOString().slice(0, 16).replace('T', ' '),
  );
  const timeWidth = Math.max(0, ...times.map((t) => t.length));
  return history.map((h, i) => {
    const who = h.by === undefined ? '' : ` · ${roleName(doc, h.by)}`;
    const flow =
      h.flowIds !== undefined
        ? ` ${sayRun('run.tookSeveral', { to: h.flowIds.map((id) => flowTo(doc, id)) }, lang)}`
        : h.flowId === undefined
          ? ''
          : ` ${sayRun('run.took', { to: flowTo(doc, h.flowId) }, lang)}`;
    const when = times[i]!.padEnd(timeWidth);
    return `  ${String(i + 1).padStart(width)}. ${when}  ${stepName(doc, h.stepId)} · ${outcomeText(h.outcome, lang)}${flow}${who}`;
  });
}

/** The name of step `id` (its id when the document has no such step). Pure. */
export const stepName = (doc: ProcessDocument, id: string): string =>
  doc.steps.find((s) => s.id === id)?.name ?? id;

/** The name of role `id`, or `id` itself (a person's name given with `by`). Pure. */
export const roleName = (doc: ProcessDocument, id: string): string =>
  doc.roles.find((r) => r.id === id)?.name ?? id;

/** A flow as people see it: its label, else the name of the step it leads to. Pure. */
function flowTo(doc: ProcessDocument, flowId: string): string {
  const flow = doc.flows.find((f) => f.id === flowId);
  if (flow === undefined) return flowId;
  return flow.label ?? stepName(doc, flow.to);
}
