import { describe, expect, it } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { documentSvg, wrapText, xml } from './documentSvg';

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
