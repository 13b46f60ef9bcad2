import { describe, expect, it } from 'vitest';
import { parseProcess, type ProcessDocument } from '@flowsmith/model';
import { tokenReplay } from '../conform/tokenReplay';
import { logOf } from '../testing/logOf';
import { discoverProcess } from './discoverProcess';

const repeat = (trace: string, n: number) => Array.from({ length: n }, () => trace);

/** The names of the steps reachable from the start without passing the step named `avoid`. */
function reachableAvoiding(doc: ProcessDocument, avoid: string): Set<string> {
  const byId = new Map(doc.steps.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const walk = (id: string) => {
    const s = byId.get(id)!;
    if (seen.has(id) || s.name === avoid) return;
    seen.add(id);
    for (const f of doc.flows) if (f.from === id) walk(f.to);
  };
  walk(doc.steps.find((s) => s.type === 'start')!.id);
  return new Set([...seen].map((id) => byId.get(id)!.name));
}

describe('a choice only cases that did an optional step take', () => {
  // a: order, b: credit review (some orders), c d: fulfil, e: rejection (only after a review).
  const log = logOf(...repeat('acd', 20), ...repeat('abcd', 10), ...repeat('abe', 10));

  it('hangs the branch off the optional step, to an end of its own, with its share after it', () => {
    const found = discoverProcess(log, { noise: 0 });
    expect(found.treeText).toBe('->(a, X(b, tau), X(->(c, d), e))');
    const doc = found.document;
    expect(parseProcess(doc).ok).toBe(true);
    expect(reachableAvoiding(doc, 'b').has('e')).toBe(false);
    const e = doc.steps.find((s) => s.name === 'e')!;
    const intoE = doc.flows.find((f) => f.to === e.id)!;
    expect(intoE.probability).toBe(0.5);
    const fromE = doc.flows.find((f) => f.from === e.id)!;
    expect(doc.steps.find((s) => s.id === fromE.to)?.type).toBe('end');
    expect(doc.steps.filter((s) => s.type === 'end')).toHaveLength(2);
    expect(tokenReplay(doc, log).fitness).toBe(1);
  });

  it('keeps the choice after the optional part when the branch happens without it too', () => {
    const mixed = logOf(...repeat('acd', 20), ...repeat('abcd', 10), ...repeat('abe', 10), 'ae');
    const doc = discoverProcess(mixed, { noise: 0 }).document;
    expect(reachableAvoiding(doc, 'b').has('e')).toBe(true);
    expect(doc.steps.filter((s) => s.type === 'end')).toHaveLength(1);
  });

  it('keeps it when so few cases take the branch that it could be chance', () => {
    // 2 of 3 cases did b; both e cases did b: (2/3)^2 is far from rare.
    const small = logOf('acd', 'abcd', 'abe', 'abe', 'acd', 'abcd');
    const doc = discoverProcess(small, { noise: 0 }).document;
    expect(reachableAvoiding(doc, 'b').has('e')).toBe(true);
  });

  it('joins the branch back when something follows the choice', () => {
    const more = logOf(...repeat('acdf', 20), ...repeat('abcdf', 10), ...repeat('abef', 10));
    const doc = discoverProcess(more, { noise: 0 }).document;
    expect(reachableAvoiding(doc, 'b').has('e')).toBe(false);
    expect(doc.steps.filter((s) => s.type === 'end')).toHaveLength(1);
    expect(tokenReplay(doc, more).fitness).toBe(1);
  });
});
