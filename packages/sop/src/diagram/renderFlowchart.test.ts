import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import { batchClaimsProcess } from '../testing/batchClaimsProcess';
import { HOSTILE, hostileProcess } from '../testing/hostileProcess';
import { flowchartPositions } from './flowchartPositions';
import { renderFlowchart } from './renderFlowchart';
import { wrapText } from './wrapText';

const draw = (doc: Parameters<typeof flowchartPositions>[0]) =>
  renderFlowchart(doc, flowchartPositions(doc), (id) => id ?? '');

describe('renderFlowchart', () => {
  it('draws one lane per role, one shape per step and one arrow per flow', () => {
    const doc = gallery.andSplitJoin;
    const { svg } = draw(doc);
    expect(svg.match(/<g class="step"/g)).toHaveLength(doc.steps.length);
    expect(svg.match(/marker-end="url\(#fs-arrow\)"/g)).toHaveLength(doc.flows.length);
    for (const role of doc.roles) expect(svg).toContain(`>${role.id}</tspan>`);
    expect(svg).toMatch(
      /font-family="[^"]*'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei'/,
    );
  });

  it('N7 N8 draws an or gateway as a diamond with a circle and a terminate end with a filled disc', () => {
    const doc = batchClaimsProcess();
    const { svg } = draw(doc);
    const shape = (id: string) => {
      const start = svg.indexOf(`data-step="${id}"`);
      return svg.slice(start, svg.indexOf('</g>', start));
    };
    expect(shape('checks')).toMatch(/<path d="M[^"]+Z" fill="#fff8d6"/);
    expect(shape('checks')).toMatch(/<circle [^>]*r="10" fill="none" stroke="#333"/);
    expect(shape('decision')).not.toContain('<circle');
    expect(shape('rejected')).toMatch(/<circle [^>]*fill="#a33"\/>/);
    expect(shape('end')).not.toMatch(/fill="#a33"/);
  });

  it('draws flows as orthogonal lines', () => {
    const { svg } = draw(gallery.xorSplitJoin);
    for (const [, d] of svg.matchAll(/<path d="(M[^"]+)" fill="none" stroke="#44546a"/g)) {
      const points = [...d!.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      for (let i = 1; i < points.length; i++) {
        const [x0, y0] = points[i - 1]!;
        const [x1, y1] = points[i]!;
        expect(x0 === x1 || y0 === y1).toBe(true);
      }
    }
  });

  it('labels flows and escapes every name', () => {
    const { svg } = draw(hostileProcess());
    expect(svg).not.toMatch(/<script|<b>|<!--/);
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(svg).toContain('&quot;double&quot; &amp; &#39;single&#39;');
    expect(svg).toContain('🚀');
    // the full name stays in the tooltip; the box shows it wrapped and cut with …
    expect(svg).toContain(`<title>${HOSTILE.long}</title>`);
    const shown = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join('');
    expect(shown).not.toContain(HOSTILE.long);
    expect(shown).toContain('很长的步骤名…');
  });

  it('places steps without positions in flow order instead of dropping them', () => {
    const doc = gallery.timerWait; // the gallery has no positions
    const positions = flowchartPositions(doc);
    expect(Object.keys(positions).sort()).toEqual(doc.steps.map((s) => s.id).sort());
    const xs = doc.steps.map((s) => positions[s.id]!.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });
});

describe('wrapText', () => {
  it('never makes more lines than asked, nor loses text when it fits', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.integer({ min: 1, max: 4 }),
        (text, max) => {
          const lines = wrapText(text, 100, 12, max);
          expect(lines.length).toBeLessThanOrEqual(max);
          if (!lines.join('').includes('…'))
            expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        },
      ),
    );
  });
});
