import { formatMessage, LANGS, type Lang, type MessageTable } from '../messages/lang';
import type { ProcessDocument } from '../types/process';
import type { Step, TaskStep } from '../types/step';
import type { Flow } from '../types/flow';
import { recordsOf } from './documentIds';
import { timersWaitingFor, type TimerLookup } from './timersWaitingFor';

/** Indexes of the document's steps and flows for {@link timersWaitingFor}, built in one pass. */
function lookupOf(steps: readonly Step[], flows: readonly Flow[]): TimerLookup {
  const byId = new Map(steps.map((s, i) => [s.id, { step: s, index: i }]));
  const into = new Map<string, Flow[]>();
  const outOf = new Map<string, Flow[]>();
  for (const f of flows) {
    (into.get(f.to) ?? into.set(f.to, []).get(f.to)!).push(f);
    (outOf.get(f.from) ?? outOf.set(f.from, []).get(f.from)!).push(f);
  }
  return {
    step: (id) => byId.get(id)?.step,
    indexOf: (id) => byId.get(id)?.index ?? -1,
    incoming: (id) => into.get(id) ?? [],
    outgoing: (id) => outOf.get(id) ?? [],
  };
}

/** Something a removal or merge leaves for people to look at (SPEC.md RM-2 … RM-5). */
export interface RemovalWarning {
  code: keyof WarningParams;
  /** The step the warning is about (for a flow label: the flow's source step). */
  stepId: string;
  /** The flow, for `flow.labelNamesRemoved`. */
  flowId?: string;
  message: Record<Lang, string>;
}

/** What removing some steps carries with it (SPEC.md RM-1 … RM-5). */
export interface RemovalDependants {
  /** Timers that only wait for a removed step; removed with it (RM-1). */
  timers: string[];
  /** Data only removed steps produced and no remaining step reads; removed (RM-2). */
  data: string[];
  /** Remaining flows whose label named a removed step; the label is deleted (RM-3). */
  labels: string[];
  /** Remaining steps whose text named a removed step, with that text taken out (RM-4). */
  texts: Array<{
    stepId: string;
    changes: Pick<TaskStep, 'instructions' | 'cautions' | 'description'>;
  }>;
  /** The process description with the clauses naming a removed step taken out, when it had any (RM-4). */
  description?: string;
  warnings: RemovalWarning[];
}

type WarningParams = {
  'data.producerRemoved': { step: string; data: string; removed: string };
  'flow.labelNamesRemoved': { flow: string; label: string; removed: string };
  'text.namesRemoved': { step: string; removed: string; text: string };
  'description.namesRemoved': { removed: string; text: string };
  'text.namesMerged': { step: string; removed: string; merged: string };
};

const messages: MessageTable<WarningParams> = {
  'data.producerRemoved': {
    en: (p) => `"${p.step}" reads "${p.data}", which only the removed "${p.removed}" produced`,
    'zh-CN': (p) => `「${p.step}」读取「${p.data}」，而它只由已删除的「${p.removed}」产生`,
  },
  'flow.labelNamesRemoved': {
    en: (p) =>
      `the label "${p.label}" of flow ${p.flow} named the removed "${p.removed}"; check the flow`,
    'zh-CN': (p) =>
      `连线 ${p.flow} 的标签「${p.label}」提到已删除的「${p.removed}」，请检查这条连线`,
  },
  'text.namesRemoved': {
    en: (p) => `"${p.step}" mentioned the removed "${p.removed}"; taken out: ${p.text}`,
    'zh-CN': (p) => `「${p.step}」提到已删除的「${p.removed}」，已删去：${p.text}`,
  },
  'description.namesRemoved': {
    en: (p) => `the process description mentioned the removed "${p.removed}"; taken out: ${p.text}`,
    'zh-CN': (p) => `流程说明提到已删除的「${p.removed}」，已删去：${p.text}`,
  },
  'text.namesMerged': {
    en: (p) => `"${p.step}" mentions "${p.removed}", which is now part of "${p.merged}"`,
    'zh-CN': (p) => `「${p.step}」提到「${p.removed}」，它已并入「${p.merged}」`,
  },
};

function warning<C extends keyof WarningParams>(
  code: C,
  stepId: string,
  params: WarningParams[C],
  flowId?: string,
): RemovalWarning {
  const message = Object.fromEntries(
    LANGS.map((lang) => [lang, formatMessage(messages, code, params, lang)]),
  ) as Record<Lang, string>;
  return flowId === undefined ? { code, stepId, message } : { code, stepId, flowId, message };
}

/** Sentences of free text, each with its closing punctuation (a `.` only before a space or the end). */
const sentences = (text: string): string[] =>
  text.match(/(?:[^。！？!?；;\n.]|\.(?!\s|$))+(?:[。！？!?；;.\n]\s*)*/gu) ?? [];

/**
 * `text` without the clauses (parts of a sentence between `，`/`,`) that name one of `names`; a
 * sentence left without clauses goes, and a sentence that lost its last clause ends with the
 * punctuation that ended it (RM-4). Pure.
 */
function withoutClauses(
  text: string,
  names: Names,
): { text: string; dropped: string[]; hit?: string } {
  const dropped: string[] = [];
  let hit: string | undefined;
  const kept = sentences(text).map((sentence) => {
    if (namesOne(sentence, names) === undefined) return sentence;
    const end = /(?:[。！？!?；;.\n]\s*)*$/u.exec(sentence)![0];
    const clauses = sentence.slice(0, sentence.length - end.length).match(/[^，,]+[，,]?/gu) ?? [];
    const left = clauses.filter((c) => {
      const n = namesOne(c, names);
      if (n === undefined) return true;
      hit ??= n;
      dropped.push(c.replace(/[，,]$/u, '').trim());
      return false;
    });
    if (left.length === 0) return '';
    return left.join('').replace(/[，,]$/u, '') + end;
  });
  const out: { text: string; dropped: string[]; hit?: string } = {
    text: kept.join('').trim(),
    dropped,
  };
  if (hit !== undefined) out.hit = hit;
  return out;
}

/** The names of removed steps, and the longer names of remaining steps that contain one. */
interface Names {
  removed: readonly string[];
  shadows: readonly string[];
}

/**
 * The removed step `text` names, if any (RM-4): whole names of two characters or more, not counting
 * where they are part of a remaining step's name ("审批" inside "部门经理审批"). Pure.
 */
function namesOne(text: string, names: Names): string | undefined {
  let t = text;
  for (const shadow of names.shadows) t = t.split(shadow).join('\u0000');
  return names.removed.find((n) => n.length >= 2 && t.includes(n));
}

/**
 * What removing the steps `ids` carries with it (SPEC.md RM-1 … RM-4). Pure.
 * With `merged` (RM-5, `steps.merge`: `ids` are the steps merged away, `merged.name` the
 * survivor's new name) nothing is removed or rewritten: remaining text and labels naming a merged
 * step whose name the new name does not contain are only reported.
 */
export function stepsRemoveDependants(
  doc: ProcessDocument,
  ids: ReadonlySet<string>,
  options: { merged?: { name: string } } = {},
): RemovalDependants {
  const steps = recordsOf(doc, 'steps');
  const flows = recordsOf(doc, 'flows');
  const gone = new Set(ids);
  const timers: string[] = [];
  if (!options.merged) {
    // RM-1: a timer whose every way out leads into removed steps waits for nothing any more.
    timers.push(...timersWaitingFor(lookupOf(steps, flows), ids));
    for (const t of timers) gone.add(t);
  }
  const removed = steps.filter((s) => gone.has(s.id));
  const kept = steps.filter((s) => !gone.has(s.id));
  const removedNames = removed
    .map((s) => s.name)
    .filter((n) => options.merged === undefined || !options.merged.name.includes(n));
  const names: Names = {
    removed: removedNames,
    shadows: kept
      .map((s) => s.name)
      .filter((k) => removedNames.some((n) => k !== n && k.includes(n)))
      .sort((a, b) => b.length - a.length),
  };
  const out: RemovalDependants = { timers, data: [], labels: [], texts: [], warnings: [] };

  // RM-2: data only removed steps produced.
  if (!options.merged) {
    for (const d of recordsOf(doc, 'data')) {
      const producer = removed.find((s) => s.type === 'task' && s.outputs?.includes(d.id));
      if (!producer) continue;
      if (kept.some((s) => s.type === 'task' && s.outputs?.includes(d.id))) continue;
      const readers = kept.filter((s) => s.type === 'task' && s.inputs?.includes(d.id));
      if (readers.length === 0) out.data.push(d.id);
      for (const r of readers)
        out.warnings.push(
          warning('data.producerRemoved', r.id, {
            step: r.name,
            data: d.name,
            removed: producer.name,
          }),
        );
    }
  }

  // RM-3: labels of remaining flows.
  for (const f of flows) {
    if (gone.has(f.from) || gone.has(f.to) || f.label === undefined) continue;
    const hit = namesOne(f.label, names);
    if (hit === undefined) continue;
    out.warnings.push(
      warning('flow.labelNamesRemoved', f.from, { flow: f.id, label: f.label, removed: hit }, f.id),
    );
    if (!options.merged) out.labels.push(f.id);
  }

  // RM-4: instructions, cautions and descriptions of remaining steps.
  for (const s of kept) {
    const changes: RemovalDependants['texts'][number]['changes'] = {};
    const dropped: string[] = [];
    let hit: string | undefined;
    const strip = (text: string): string => {
      const r = withoutClauses(text, names);
      if (r.dropped.length === 0) return text;
      hit ??= r.hit;
      dropped.push(...r.dropped);
      return r.text;
    };
    const task = s.type === 'task' ? s : undefined;
    if (task?.instructions !== undefined && namesOne(task.instructions, names) !== undefined)
      changes.instructions = strip(task.instructions);
    if (task?.cautions?.some((c) => namesOne(c, names) !== undefined))
      changes.cautions = task.cautions.filter((c) => {
        const n = namesOne(c, names);
        if (n === undefined) return true;
        hit ??= n;
        dropped.push(c);
        return false;
      });
    if (s.description !== undefined && namesOne(s.description, names) !== undefined)
      changes.description = strip(s.description);
    if (dropped.length === 0) continue;
    if (options.merged) {
      const merged = options.merged.name;
      out.warnings.push(warning('text.namesMerged', s.id, { step: s.name, removed: hit!, merged }));
      continue;
    }
    out.warnings.push(
      warning('text.namesRemoved', s.id, { step: s.name, removed: hit!, text: dropped.join(' ') }),
    );
    out.texts.push({ stepId: s.id, changes });
  }

  // RM-4: the process description (the SOP's purpose and scope).
  const hitInDescription =
    doc.description === undefined ? undefined : namesOne(doc.description, names);
  if (!options.merged && hitInDescription !== undefined) {
    const r = withoutClauses(doc.description!, names);
    out.description = r.text;
    const text = r.dropped.join(' ');
    const stepId = removed.find((s) => s.name === hitInDescription)!.id;
    out.warnings.push(
      warning('description.namesRemoved', stepId, { removed: hitInDescription, text }),
    );
  }
  return out;
}

/** A step's record with `changes` applied; an emptied text or list is deleted. Pure. */
export function withTexts(
  step: Step,
  changes: RemovalDependants['texts'][number]['changes'],
): Step {
  const next: Record<string, unknown> = { ...step };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      delete next[key];
    else next[key] = value;
  }
  return next as unknown as Step;
}
