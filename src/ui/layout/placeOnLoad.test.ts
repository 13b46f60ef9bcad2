import { describe, expect, it } from 'vitest';
import { build, gallery, type ProcessDocument } from '@flowsmith/model';
import { layoutProcess } from '@flowsmith/layout';
import { placeMissingSteps, withPositions } from './placeOnLoad';

const inProcess = async (doc: ProcessDocument, only?: readonly string[]) =>
  (await layoutProcess(doc, only ? { only } : {})).positions;

describe('layout on load', () => {
  it('lays out a document without positions in lanes, as the loaded document', async () => {
    const doc = gallery.xorSplitJoin;
    expect(doc.steps.some((s) => s.position)).toBe(false);
    const placed = await placeMissingSteps(doc, inProcess);
    expect(placed.steps.every((s) => s.position)).toBe(true);
    // Not one column: steps spread along the flow.
    expect(new Set(placed.steps.map((s) => s.position!.x)).size).toBeGreaterThan(2);
  });

  it('places only the missing steps and leaves a placed document alone', async () => {
    const { processOf, task, start, end, chain, role } = build;
    const doc = processOf('p', {
      roles: [role('r')],
      steps: [{ ...start(), position: { x: 40, y: 80 } }, task('a', 'r'), end()],
      flows: chain('start', 'a', 'end'),
    });
    const placed = await placeMissingSteps(doc, inProcess);
    expect(placed.steps[0]!.position).toEqual({ x: 40, y: 80 });
    expect(placed.steps.every((s) => s.position)).toBe(true);
    expect(await placeMissingSteps(placed, inProcess)).toBe(placed);
  });

  it('opens the document as it is when layout fails', async () => {
    const doc = gallery.sequence3;
    expect(await placeMissingSteps(doc, () => Promise.reject(new Error('no worker')))).toBe(doc);
    expect(withPositions(doc, {})).toBe(doc);
  });
});
