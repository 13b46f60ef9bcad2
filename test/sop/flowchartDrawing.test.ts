/**
 * Every picture of a process keeps the drawing rules (`checkDrawing` of @flowsmith/layout): each
 * step inside its lane's band, no flow through a step. Checked here on the SVG itself — the SOP
 * flowchart and the comparison maps — read back with `drawingFromSvg`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gallery, generateProcess } from '@flowsmith/model';
import { checkDrawing, drawingFromSvg, layoutProcess } from '@flowsmith/layout';
import { buildSop, flowchartPositions, layoutForSop, renderFlowchart } from '@flowsmith/sop';
import { loadExample } from './loadExample';

const examples = readdirSync(join(import.meta.dirname, '..', '..', 'examples'))
  .filter((f) => f.endsWith('.flow.json'))
  .map((f) => f.replace('.flow.json', ''));

const problems = (svg: string) => checkDrawing(drawingFromSvg(svg));

describe('the SOP flowchart as drawn (SVG)', () => {
  it.each(examples)('%s: steps inside their lanes, no flow through a step', (name) => {
    const doc = loadExample(name);
    const { svg } = renderFlowchart(doc, flowchartPositions(doc), (id) => id ?? '');
    const drawing = drawingFromSvg(svg);
    expect(drawing.steps).toHaveLength(doc.steps.length);
    expect(drawing.flows).toHaveLength(doc.flows.length);
    expect(drawing.bands).toHaveLength(doc.roles.length);
    expect(checkDrawing(drawing)).toEqual([]);
  });

  it.each(examples)("%s: the SOP's own numbered print flowchart keeps the rules", async (name) => {
    const doc = loadExample(name);
    const positions = await layoutForSop(doc);
    const tree = buildSop(doc, positions ? { positions } : {});
    const diagram = tree.blocks.find((b) => b.type === 'diagram')!;
    const drawing = drawingFromSvg(diagram.svg);
    expect(drawing.steps).toHaveLength(doc.steps.length);
    expect(checkDrawing(drawing)).toEqual([]);
  });

  it.each(Object.keys(gallery))('gallery %s, laid out', async (name) => {
    const doc = gallery[name as keyof typeof gallery];
    const { positions } = await layoutProcess(doc);
    expect(problems(renderFlowchart(doc, positions, (id) => id ?? '').svg)).toEqual([]);
  });

  it('generated processes at their own positions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 200 }), fc.nat({ max: 1000 }), (steps, seed) => {
        const doc = generateProcess({ steps, seed });
        const { svg } = renderFlowchart(doc, flowchartPositions(doc), (id) => id ?? '');
        expect(problems(svg)).toEqual([]);
      }),
      { numRuns: 8 },
    );
  });

  it('the checker finds a flow drawn through a step', () => {
    const doc = loadExample('order-to-cash');
    const { svg } = renderFlowchart(doc, flowchartPositions(doc), (id) => id ?? '');
    const drawing = drawingFromSvg(svg);
    const [a, b] = [drawing.steps[0]!, drawing.steps[drawing.steps.length - 1]!];
    const c = drawing.steps[3]!;
    const through = {
      ...drawing,
      flows: [
        {
          id: 'x',
          from: a.id,
          to: b.id,
          points: [
            { x: c.box.x - 50, y: c.box.y + c.box.height / 2 },
            { x: c.box.x + c.box.width + 50, y: c.box.y + c.box.height / 2 },
          ],
        },
      ],
    };
    expect(checkDrawing(through)).toEqual([{ kind: 'through-step', flow: 'x', step: c.id }]);
    const moved = { ...drawing, steps: [{ ...c, box: { ...c.box, y: -10_000 } }] };
    expect(checkDrawing(moved)[0]).toMatchObject({ kind: 'outside-lane', step: c.id });
  });
});
