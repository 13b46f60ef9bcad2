import { describe, expect, it } from 'vitest';
import { parseProcess, type ProcessDocument } from '@flowsmith/model';
import { checkDrawing, drawingFromSvg } from '@flowsmith/layout';
import { compareCharts } from './compareCharts';

const files = import.meta.glob('/examples/*.flow.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function example(name: string): ProcessDocument {
  const r = parseProcess(JSON.parse(files[`/examples/${name}.flow.json`]!));
  if (!r.ok) throw new Error(name);
  return r.document;
}

describe('the side-by-side comparison maps', () => {
  it.each(['purchase-approval', 'expense-reimbursement'])(
    '%s: both maps keep every step inside its lane and no flow through a step',
    (name) => {
      const charts = compareCharts(
        example(`${name}-as-is`),
        example(`${name}-to-be`),
        (id) => id ?? '',
      );
      expect(charts).toHaveLength(2);
      for (const { doc, chart } of charts) {
        const drawing = drawingFromSvg(chart.svg);
        expect(drawing.steps).toHaveLength(doc.steps.length);
        expect(drawing.bands.map((b) => b.roleId)).toEqual(doc.roles.map((r) => r.id));
        expect(checkDrawing(drawing)).toEqual([]);
      }
    },
  );
});
