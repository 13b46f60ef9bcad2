import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, improve } from '@flowsmith/analysis';
import { parseProcess } from '@flowsmith/model';
import { buildSop, renderMarkdown } from '@flowsmith/sop';
import { loadExample } from '../sop/loadExample';

const names = readdirSync(join(import.meta.dirname, '..', '..', 'examples'))
  .filter((f) => f.endsWith('.flow.json'))
  .map((f) => f.slice(0, -'.flow.json'.length));
const examples = new Map(names.map((n) => [n, loadExample(n)]));
const exampleIds = [...examples.values()].map((d) => d.id);

const errorsAndWarnings = (doc: Parameters<typeof analyze>[0]) =>
  analyze(doc, { resolveProcess: (id) => [...examples.values()].find((d) => d.id === id) })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.kind}:${f.severity}`);

const cases = names.flatMap((name) => [
  { name, includeInfo: false },
  { name, includeInfo: true },
]);

describe.each(cases)(
  'improve $name (includeInfo: $includeInfo) holds together',
  ({ name, includeInfo }) => {
    const asIs = examples.get(name)!;
    const result = improve(asIs, {
      includeInfo,
      takenIds: exampleIds,
      resolveProcess: (id) => [...examples.values()].find((d) => d.id === id),
    });
    const toBe = result.document;

    it('is a valid process with an id no example has', () => {
      expect(parseProcess(toBe).ok).toBe(true);
      expect(exampleIds).not.toContain(toBe.id);
    });

    it('has no error or warning of a new kind compared with the as-is', () => {
      const before = new Set(errorsAndWarnings(asIs));
      expect(errorsAndWarnings(toBe).filter((k) => !before.has(k))).toEqual([]);
    });

    it('RM-1 … RM-4 its SOP mentions no removed step', () => {
      const kept = new Set(toBe.steps.map((s) => s.id));
      // A merged step's name lives on in the survivor's name ("A + B"): not removed.
      const keptNames = toBe.steps.map((s) => s.name).join('\n');
      const removed = asIs.steps.filter(
        (s) => !kept.has(s.id) && s.name.length >= 2 && !keptNames.includes(s.name),
      );
      const sop = renderMarkdown(buildSop(toBe));
      for (const step of removed) expect(sop, `${name}: ${step.name}`).not.toContain(step.name);
    });
  },
);

describe('improve of the purchase approval', () => {
  const asIs = examples.get('purchase-approval-as-is')!;
  const toBe = improve(asIs, { takenIds: exampleIds }).document;

  it('does not take the id of the shipped to-be', () => {
    expect(toBe.id).toBe('purchase-approval-to-be-2');
  });

  it('keeps 总经理审批 for orders over ¥50,000, and its way there', () => {
    const gm = toBe.steps.find((s) => s.name === '总经理审批');
    expect(gm).toBeDefined();
    const into = toBe.flows.filter((f) => f.to === gm!.id || f.to === 'waitSignature');
    expect(into.length).toBeGreaterThan(0);
  });
});
