import { describe, expect, it } from 'vitest';
import { build, gallery, generateProcess, parseProcess } from '@flowsmith/model';
import { checkDrawing, drawingFromSvg } from '@flowsmith/layout';
import { documentSvg, wrapText, xml } from './documentSvg';

const files = import.meta.glob('/examples/*.flow.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function example(name: string) {
  const r = parseProcess(JSON.parse(files[`/examples/${name}.flow.json`]!));
  if (!r.ok) throw new Error(name);
  return r.document;
}

describe('SVG export', () => {
  it('draws every step, flow label and lane of the process', () => {
    const doc = {
      ...gallery.xorSplitJoin,
      steps: gallery.xorSplitJoin.steps.map((s, i) => ({
        ...s,
        position: { x: 100 + i * 150, y: s.id === 'large' ? 260 : 100 },
      })),
    };
    const svg = documentSvg(doc);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const s of doc.steps) expect(svg).toContain(`>${s.name}<`);
    expect(svg).toContain('&#8804; 1000'.replace('&#8804;', '≤'));
    expect(svg).toContain('>clerk<');
    expect(svg).toContain('>manager<');
  });

  it.each(['order-to-cash', 'purchase-approval-to-be', 'it-incident-management'])(
    '%s: the exported picture keeps steps inside lanes and flows off steps',
    (name) => {
      const doc = example(name);
      const drawing = drawingFromSvg(documentSvg(doc));
      expect(drawing.steps).toHaveLength(doc.steps.length);
      expect(drawing.flows).toHaveLength(doc.flows.length);
      expect(checkDrawing(drawing)).toEqual([]);
    },
  );

  it('a generated 300-step process exports with every flow around the steps', () => {
    const doc = generateProcess({ steps: 300, seed: 11 });
    expect(checkDrawing(drawingFromSvg(documentSvg(doc)))).toEqual([]);
  });

  it('escapes hostile names', () => {
    const doc = build.processOf('p', {
      steps: [
        {
          ...build.task('a', undefined),
          name: '<script>alert(1)</script>',
          position: { x: 0, y: 0 },
        },
      ],
      flows: [],
    });
    const svg = documentSvg(doc);
    expect(svg).not.toContain('<script>');
    expect(xml('<&>"\'')).toBe('&#60;&#38;&#62;&#34;&#39;');
  });

  it('wraps long Chinese names and marks what was cut', () => {
    const lines = wrapText(
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十',
      88,
      12,
      3,
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });
});
