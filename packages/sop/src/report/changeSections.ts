import type { ChangeLine, Lang, ProcessDiff, ProcessDocument } from '@flowsmith/model';
import { kpiLabel, type Attribution } from '@flowsmith/analysis';
import type { ChangeReason } from './changeReasons';
import { executiveLabels } from './executiveMessages';
import type { ReportBlock } from './reportTree';

/** The order the kinds of change are listed in. */
const KIND_ORDER = ['removed', 'merged', 'moved', 'changed', 'added', 'rewired', 'role'] as const;

/** What the grouped change list is built from. */
export interface ChangeSectionsInput {
  toBe: ProcessDocument;
  lang: Lang;
  diff: ProcessDiff;
  lines: readonly ChangeLine[];
  reasons: readonly ChangeReason[];
  attribution: Attribution;
  currency: string | undefined;
  /** False when the processes were too large to analyse: no finding is then no evidence. */
  analysed: boolean;
  /** Why a group was made, as given by the caller (e.g. improve's own record); wins over findings. */
  rationale?: Record<string, string>;
}

/** The reason of one change group as one text: given, else its findings, else its steps' descriptions. */
export function reasonText(input: ChangeSectionsInput, group: string): string {
  const E = executiveLabels[input.lang];
  if (input.rationale && Object.hasOwn(input.rationale, group)) return input.rationale[group]!;
  const r = input.reasons.find((x) => x.group === group);
  if (r && r.findings.length > 0) return r.findings.map((f) => f.message).join('\n');
  const g = input.diff.groups.find((x) => x.id === group)!;
  const descriptions = g.steps.flatMap((i) => {
    const c = input.diff.steps[i]!;
    const id = c.kind === 'removed' ? undefined : c.toBe;
    return input.toBe.steps.find((s) => s.id === id)?.description ?? [];
  });
  if (descriptions.length > 0) return descriptions.join(' ');
  if (!r?.wordingOnly) return input.analysed ? E.noFinding : E.notAnalysed;
  return g.steps.length === 0 ? E.roleWording : E.wording;
}

/**
 * The change list for the reader in a hurry: one sub-section per kind of change (steps removed,
 * merged, moved, changed, added; flows rewired; roles), each change named by its step and role
 * sentences (the flows that wire it are left to the appendix), with the reason drawn from the
 * findings that motivated it and what it does on its own to cycle time and cost per case. Pure.
 */
export function changeSections(input: ChangeSectionsInput): ReportBlock[] {
  const { lang, diff, lines, attribution, currency } = input;
  const E = executiveLabels[lang];
  const blocks: ReportBlock[] = [];
  const sep = lang === 'zh-CN' ? '；' : '; ';
  // What rounds to zero (`±0 min`, `±¥0`) reads "no change".
  const said = (text: string) => (text.startsWith('±') ? E.noChange : text);
  for (const kind of KIND_ORDER) {
    const groups = diff.groups.filter((g) => g.kind === kind);
    if (groups.length === 0) continue;
    const rows = groups.map((g) => {
      const mine = lines.filter((l) => l.group === g.id);
      const main = mine.filter((l) => l.kind !== 'flow');
      const title = (main.length > 0 ? main : mine.slice(0, 1)).map((l) => l.text).join(sep);
      const c = attribution.changes.find((x) => x.id === g.id);
      const effect =
        c && (c.alone.cycleTime !== 0 || c.alone.costPerCase !== 0)
          ? E.effectAlone(
              said(kpiLabel('cycleTime', c.alone.cycleTime, lang, true)),
              said(kpiLabel('costPerCase', c.alone.costPerCase, lang, true, currency)),
            )
          : E.noChange;
      return [`${g.id} ${title}`, reasonText(input, g.id), effect];
    });
    blocks.push({ type: 'heading', level: 3, text: E.kinds[kind] });
    blocks.push({ type: 'table', header: [...E.changeHeader], rows, widths: [38, 42, 20] });
  }
  return blocks;
}
