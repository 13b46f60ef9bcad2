import type { Rect } from '@flowsmith/layout';
import type { DiagramPage } from '../tree';
import { FLOWCHART_DEFS, laneHeader, type Flowchart, type FlowchartParts } from './renderFlowchart';

/**
 * The room a flowchart gets on an A4 page, in points, under its heading and within the print
 * margins that `renderHtml` and `renderDocx` both use (18/16 mm top/bottom, 14 mm sides).
 */
export const PRINT_AREA = {
  portrait: { width: 515, height: 630 },
  landscape: { width: 760, height: 400 },
} as const;

/** The smallest text a printed flowchart may have, in points. */
export const MIN_PRINT_TEXT_PT = 8;

/** Never print a chart larger than its own size (1 SVG unit = 1 CSS px = 0.75 pt). */
const MAX_SCALE = 0.75;
/** Room for the lane names repeated at the start of each later part. */
const HEADER = 44;
/**
 * A chart that needs more parts than this prints whole on one page instead (its text then
 * smaller than 8 pt): hundreds of pages of flowchart help nobody, and cutting a chart of
 * thousands of steps costs seconds.
 */
export const MAX_PARTS = 60;

/** The smallest `font-size` in an SVG, in its units (Infinity without text). Pure. */
export function minFontSize(svg: string): number {
  let least = Infinity;
  for (const m of svg.matchAll(/font-size="([\d.]+)"/g)) least = Math.min(least, Number(m[1]));
  return least;
}

/**
 * How `chart` prints on A4 so that its smallest text is at least {@link MIN_PRINT_TEXT_PT}: whole
 * on one page (portrait or landscape, whichever shows it larger) when it fits, else in parts —
 * lane bands grouped so they fit the page's height, and segments along the flow cut where no step
 * is (each later part repeats the lane names) — on whichever orientation needs fewer pages. A
 * chart that needs more than {@link MAX_PARTS} parts prints whole on one page. `caption(i, n)` names part i of n (`caption(1, 1)` the whole chart). Pure.
 */
export function flowchartPages(
  chart: Flowchart,
  caption: (part: number, parts: number) => string,
): DiagramPage[] {
  const least = minFontSize(chart.svg);
  const minScale = Number.isFinite(least) ? MIN_PRINT_TEXT_PT / least : 0;
  const fit = (o: keyof typeof PRINT_AREA) =>
    Math.min(PRINT_AREA[o].width / chart.width, PRINT_AREA[o].height / chart.height, MAX_SCALE);
  const whole = (['portrait', 'landscape'] as const)
    .filter((o) => fit(o) >= minScale)
    .sort((a, b) => fit(b) - fit(a))[0];
  const onePage = (o: keyof typeof PRINT_AREA): DiagramPage[] => [
    {
      svg: chart.svg,
      width: chart.width,
      height: chart.height,
      orientation: o,
      scale: fit(o),
      caption: caption(1, 1),
    },
  ];
  const wide = chart.width > chart.height ? 'landscape' : 'portrait';
  // At least this many parts, whatever the cuts: too many and the chart prints whole.
  const fewest = (o: keyof typeof PRINT_AREA) =>
    Math.ceil(chart.width / (PRINT_AREA[o].width / minScale - HEADER)) *
    Math.ceil(chart.height / (PRINT_AREA[o].height / minScale));
  if (whole) return onePage(whole);
  if (!chart.parts || Math.min(fewest('portrait'), fewest('landscape')) > MAX_PARTS)
    return onePage(wide);
  const parts = chart.parts;
  const plans = (['portrait', 'landscape'] as const).map((o) => ({
    o,
    ...windows(parts, PRINT_AREA[o].width / minScale, PRINT_AREA[o].height / minScale),
  }));
  // Fewest pages, but lanes split across pages count double: a reader then turns back and forth.
  const cost = (p: (typeof plans)[number]) => p.windows.length + 2 * (p.bands - 1);
  const best = plans.sort((a, b) => cost(a) - cost(b))[0]!;
  if (best.windows.length > MAX_PARTS) return onePage(wide);
  const area = PRINT_AREA[best.o];
  return best.windows.map((w, i) => {
    const page = partSvg(parts, w);
    return {
      ...page,
      orientation: best.o,
      scale: Math.min(area.width / page.width, area.height / page.height, MAX_SCALE),
      caption: caption(i + 1, best.windows.length),
    };
  });
}

/**
 * The windows a chart is cut into for pages of `maxW` × `maxH` units, each holding a step, and
 * into how many groups of lanes.
 */
function windows(
  parts: FlowchartParts,
  maxW: number,
  maxH: number,
): { windows: Rect[]; bands: number } {
  const v = parts.viewBox;
  const horizontal = parts.orientation === 'horizontal';
  const steps = parts.layers[1]!.map((e) => e.box);
  // Across the flow: cut at lane edges; along it: between steps. Later parts repeat the lane names.
  const laneEdges = parts.lanes.map((l) => (horizontal ? l.box.y : l.box.x));
  const across = horizontal
    ? cuts(
        v.y,
        v.y + v.height,
        maxH,
        laneEdges,
        steps.map((b) => [b.y, b.y + b.height]),
      )
    : cuts(
        v.x,
        v.x + v.width,
        maxW,
        laneEdges,
        steps.map((b) => [b.x, b.x + b.width]),
      );
  const along = horizontal
    ? balancedCuts(
        v.x,
        v.x + v.width,
        maxW - HEADER,
        steps.map((b) => [b.x, b.x + b.width]),
      )
    : balancedCuts(
        v.y,
        v.y + v.height,
        maxH - HEADER,
        steps.map((b) => [b.y, b.y + b.height]),
      );
  const out: Rect[] = [];
  for (const [a0, a1] of across)
    for (const [m0, m1] of along) {
      const w: Rect = horizontal
        ? { x: m0, y: a0, width: m1 - m0, height: a1 - a0 }
        : { x: a0, y: m0, width: a1 - a0, height: m1 - m0 };
      if (steps.some((b) => overlaps(b, w))) out.push(w);
    }
  return { windows: out, bands: across.length };
}

/**
 * Cuts [from, to] between obstacles into as few pieces as `limit` allows, of similar sizes: the
 * smallest room (from an even share up) that needs no more pieces than the full `limit` does.
 */
function balancedCuts(
  from: number,
  to: number,
  limit: number,
  obstacles: Array<[number, number]>,
): Array<[number, number]> {
  const most = cuts(from, to, limit, [], obstacles);
  if (most.length === 1) return most;
  const even = (to - from) / most.length;
  for (let room = even; room < limit; room += Math.max(1, even * 0.05)) {
    const tried = cuts(from, to, room, [], obstacles);
    if (tried.length <= most.length) return tried;
  }
  return most;
}

/**
 * Cuts [from, to] into pieces of at most `limit`: at a preferred edge in the later half of the
 * room when there is one, else at the last place no obstacle straddles, else at the limit.
 */
function cuts(
  from: number,
  to: number,
  limit: number,
  preferred: number[],
  obstacles: Array<[number, number]>,
): Array<[number, number]> {
  const free = (c: number) => obstacles.every(([lo, hi]) => c <= lo || c >= hi);
  const gaps = obstacles.flatMap(([lo, hi]) => [lo - 8, hi + 8]);
  const out: Array<[number, number]> = [];
  let start = from;
  while (to - start > limit) {
    const room = (c: number) => c > start + limit / 2 && c <= start + limit && free(c);
    const pick =
      Math.max(...preferred.filter(room)) > -Infinity
        ? Math.max(...preferred.filter(room))
        : Math.max(...gaps.filter((c) => c > start && c <= start + limit && free(c)));
    const cut = Number.isFinite(pick) && pick > start ? pick : start + limit;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, to]);
  return out;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The SVG of one window: what crosses it, and the lane names again at its start. */
function partSvg(parts: FlowchartParts, w: Rect): { svg: string; width: number; height: number } {
  const v = parts.viewBox;
  const horizontal = parts.orientation === 'horizontal';
  const later = horizontal ? w.x > v.x + 1 : w.y > v.y + 1;
  const frame: Rect = !later
    ? w
    : horizontal
      ? { x: w.x - HEADER, y: w.y, width: w.width + HEADER, height: w.height }
      : { x: w.x, y: w.y - HEADER, width: w.width, height: w.height + HEADER };
  const lanes = parts.lanes.filter((l) => overlaps(l.box, frame));
  const headers = later
    ? lanes.map((l) => {
        const b: Rect = horizontal
          ? { x: frame.x, y: l.box.y, width: HEADER, height: l.box.height }
          : { x: l.box.x, y: frame.y, width: l.box.width, height: HEADER };
        return `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="${l.fill}" stroke="#9aa5b1"/>${laneHeader(b, l.name, parts.orientation, parts.text.lane).replace(/<line[^>]*\/>/, '')}`;
      })
    : [];
  const r = (n: number) => Math.round(n * 10) / 10;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${r(frame.x)} ${r(frame.y)} ${r(frame.width)} ${r(frame.height)}" width="${r(frame.width)}" height="${r(frame.height)}" font-family="${parts.font}" role="img">`,
    FLOWCHART_DEFS,
    `<rect x="${r(frame.x)}" y="${r(frame.y)}" width="${r(frame.width)}" height="${r(frame.height)}" fill="#ffffff"/>`,
    ...lanes.map((l) => l.svg),
    ...parts.layers.flatMap((layer) =>
      layer.filter((e) => overlaps(grow(e.box), frame)).map((e) => e.svg),
    ),
    ...headers,
    '</svg>',
  ].join('\n');
  return { svg, width: r(frame.width), height: r(frame.height) };
}

/** A box one unit larger each way, so lines of no width still overlap what they touch. */
function grow(b: Rect): Rect {
  return { x: b.x - 1, y: b.y - 1, width: b.width + 2, height: b.height + 2 };
}
