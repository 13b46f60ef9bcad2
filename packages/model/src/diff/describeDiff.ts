import type { Lang } from '../messages/lang';
import type { ProcessDocument } from '../types/process';
import type { ProcessDiff, StepChange } from './diffTypes';
import { diffSentences, fieldList, quoteNames } from './diffMessages';

/** One line of the readable change list, with the ids it points at (to select them on a map). */
export interface ChangeLine {
  /** The change group it belongs to. */
  group: string;
  kind: 'step' | 'flow' | 'role';
  change: string;
  text: string;
  asIs: string[];
  toBe: string[];
}

/**
 * The change list of a diff as sentences in `lang`, in group order, each with the as-is and
 * to-be ids it concerns. Names come from the documents (never markup: renderers escape them).
 * Pure.
 */
export function describeDiff(
  diff: ProcessDiff,
  asIs: ProcessDocument,
  toBe: ProcessDocument,
  lang: Lang,
): ChangeLine[] {
  const stepA = new Map(asIs.steps.map((s) => [s.id, s.name]));
  const stepB = new Map(toBe.steps.map((s) => [s.id, s.name]));
  const roleName = (id: string | null): string => {
    if (id === null) return diffSentences['no.role']![lang]({ names: '' });
    const r = toBe.roles.find((x) => x.id === id) ?? asIs.roles.find((x) => x.id === id);
    return quoteNames([r?.name ?? id], lang);
  };
  const say = (code: string, p: Parameters<(typeof diffSentences)[string][Lang]>[0]) =>
    diffSentences[code]![lang](p);
  const flowName = (names: Map<string, string>, from: string, to: string) =>
    `${quoteNames([names.get(from) ?? from], lang)} → ${quoteNames([names.get(to) ?? to], lang)}`;
  const lines: ChangeLine[] = [];
  for (const g of diff.groups) {
    const add = (
      kind: ChangeLine['kind'],
      change: string,
      text: string,
      a: string[],
      b: string[],
    ) => lines.push({ group: g.id, kind, change, text, asIs: a, toBe: b });
    for (const i of g.steps) {
      const c: StepChange = diff.steps[i]!;
      if (c.kind === 'added')
        add(
          'step',
          'added',
          say('step.added', { names: quoteNames([stepB.get(c.toBe)!], lang) }),
          [],
          [c.toBe],
        );
      else if (c.kind === 'removed')
        add(
          'step',
          'removed',
          say('step.removed', { names: quoteNames([stepA.get(c.asIs)!], lang) }),
          [c.asIs],
          [],
        );
      else if (c.kind === 'merged')
        add(
          'step',
          'merged',
          say('step.merged', {
            names: quoteNames(
              c.asIs.map((id) => stepA.get(id)!),
              lang,
            ),
            into: quoteNames([stepB.get(c.toBe)!], lang),
          }),
          c.asIs,
          [c.toBe],
        );
      else {
        const names = quoteNames([stepA.get(c.asIs)!], lang);
        if (c.kind === 'moved')
          add(
            'step',
            'moved',
            say('step.moved', { names, from: roleName(c.from), to: roleName(c.to) }),
            [c.asIs],
            [c.toBe],
          );
        const rest = c.fields.filter((f) => f !== 'name');
        if (c.fields.includes('name'))
          add(
            'step',
            'renamed',
            say('step.renamed', { names, from: names, to: quoteNames([stepB.get(c.toBe)!], lang) }),
            [c.asIs],
            [c.toBe],
          );
        if (rest.length > 0)
          add(
            'step',
            'changed',
            say('step.changed', { names, fields: fieldList(rest, lang) }),
            [c.asIs],
            [c.toBe],
          );
      }
    }
    for (const j of g.flows) {
      const c = diff.flows[j]!;
      if (c.kind === 'added') {
        const f = toBe.flows.find((x) => x.id === c.toBe)!;
        add(
          'flow',
          'added',
          say('flow.added', { names: flowName(stepB, f.from, f.to) }),
          [],
          [f.from, f.to],
        );
      } else {
        const f = asIs.flows.find((x) => x.id === c.asIs)!;
        const names = flowName(stepA, f.from, f.to);
        if (c.kind === 'removed')
          add('flow', 'removed', say('flow.removed', { names }), [f.from, f.to], []);
        else
          add(
            'flow',
            'changed',
            say('flow.changed', { names, fields: fieldList(c.fields, lang, 'flow') }),
            [f.from, f.to],
            [c.toBe],
          );
      }
    }
    for (const k of g.roles) {
      const c = diff.roles[k]!;
      const names = roleName(c.id);
      if (c.kind === 'changed')
        add(
          'role',
          'changed',
          say('role.changed', { names, fields: fieldList(c.fields, lang, 'role') }),
          [],
          [],
        );
      else add('role', c.kind, say(`role.${c.kind}`, { names }), [], []);
    }
  }
  return lines;
}
