import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gallery, generateProcess, type ProcessDocument } from '@flowsmith/model';
import { drawingFromSvg } from '@flowsmith/layout';
import { flowchartPages, minFontSize, MIN_PRINT_TEXT_PT, PRINT_AREA } from './flowchartPages';
import { flowchartPositions } from './flowchartPositions';
import { renderFlowchart } from './renderFlowchart';
import { PRINT_TEXT } from './stepShape';

const caption = (part: number, parts: number) => `${part}/${parts}`;
const draw = (doc: ProcessDocument) =>
  renderFlowchart(doc, flowchartPositions(doc), (id) => id ?? '', { text: PRINT_TEXT });

/** What a printed page shows: its size in points and the smallest text on it, in points. */
function printed(page: ReturnType<typeof flowchartPages>[number]) {
  return {
    width: page.width * page.scale,
    height: page.height * page.scale,
    text: minFontSize(page.svg) * page.scale,
  };
}

describe('flowchartPages', () => {
  it('prints a small chart whole, on one page, at up to its own size', () => {
    const pages = flowchartPages(draw(gallery.sequence3), caption);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.caption).toBe('1/1');
    expect(pages[0]!.scale).toBeLessThanOrEqual(0.75);
    expect(printed(pages[0]!).text).toBeGreaterThanOrEqual(MIN_PRINT_TEXT_PT);
  });

  it('keeps every text at 8 pt or more and every page within A4, splitting large charts into parts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 120 }), fc.nat({ max: 1000 }), (steps, seed) => {
        const doc = generateProcess({ steps, seed });
        const chart = draw(doc);
        const pages = flowchartPages(chart, caption);
        const shown = new Set<string>();
        pages.forEach((page, i) => {
          const size = printed(page);
          const area = PRINT_AREA[page.orientation];
          expect(size.text).toBeGreaterThanOrEqual(MIN_PRINT_TEXT_PT - 1e-9);
          expect(size.width).toBeLessThanOrEqual(area.width + 1e-6);
          expect(size.height).toBeLessThanOrEqual(area.height + 1e-6);
          expect(page.caption).toBe(`${i + 1}/${pages.length}`);
          for (const s of drawingFromSvg(page.svg).steps) shown.add(s.id);
        });
        // every step is on some part
        expect([...shown].sort()).toEqual(doc.steps.map((s) => s.id).sort());
      }),
      { numRuns: 12 },
    );
  });

  it('repeats the lane names at the start of every later part', () => {
    const doc = generateProcess({ steps: 60, seed: 3 });
    const pages = flowchartPages(draw(doc), caption);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages.slice(1)) {
      // the names are drawn again in a header column at the left edge of the part
      const left = Number(/viewBox="(-?[\d.]+)/.exec(page.svg)![1]);
      const lanes = drawingFromSvg(page.svg).bands.length;
      const headers = page.svg.match(new RegExp(`<tspan x="${left + 20}"`, 'g')) ?? [];
      expect(headers.length).toBeGreaterThanOrEqual(lanes);
    }
  });

  it('prints a chart that would need more than MAX_PARTS parts whole, on one page', () => {
    const doc = generateProcess({ steps: 600, seed: 2 });
    const chart = draw(doc);
    const pages = flowchartPages(chart, caption);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.svg).toBe(chart.svg);
    // (it would have needed parts: its text is below 8 pt on that page)
    expect(minFontSize(pages[0]!.svg) * pages[0]!.scale).toBeLessThan(MIN_PRINT_TEXT_PT);
  });

  it('measures the smallest font size of an SVG', () => {
    expect(minFontSize('<text font-size="15">a</text><text font-size="9.5">b</text>')).toBe(9.5);
    expect(minFontSize('<svg/>')).toBe(Infinity);
  });
});
