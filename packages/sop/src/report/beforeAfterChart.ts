import { FONT_FAMILIES, type Flowchart } from '../diagram/renderFlowchart';
import { wrapText } from '../diagram/wrapText';
import { escapeMarkup } from '../escapeMarkup';

/** One figure of the before/after chart: its values, how they read, and the change as read. */
export interface ChartFigure {
  label: string;
  asIs: number;
  toBe: number;
  asIsText: string;
  toBeText: string;
  /** `−45%`, `no change`, … */
  change: string;
  /** Whether the change is for the better (green), the worse (red) or neither (grey). */
  verdict: 'better' | 'worse' | 'same';
}

const WIDTH = 720;
const LABEL = 190;
/** Room at the edges, so no glyph touches the picture's border (a PNG fallback would clip it). */
const PAD = 6;
const CHANGE = 110;
const BAR = 22;
const GROUP = BAR * 2 + 26;
const AS_IS = '#9aa5b1';
const TO_BE = '#2f6db5';
const VERDICT = { better: '#2e7d32', worse: '#c62828', same: '#52606d' } as const;

/**
 * Draws the before/after bar chart of the report's first page as standalone SVG in pure code:
 * one group per figure, today's bar in grey above the proposed one in blue, each pair scaled to
 * its larger finite value, the values at the bars' ends and the change on the right in the colour
 * of its verdict. An unbounded value gets a full, hatched bar. Text is 14–15 px on a 720-px-wide
 * drawing (about 9.5 pt at the width of an A4 page). All text escaped. Pure.
 */
export function beforeAfterChart(figures: readonly ChartFigure[], title: string): Flowchart {
  const plot = WIDTH - LABEL - CHANGE - 70;
  const parts: string[] = [
    `<text x="${PAD}" y="20" font-size="16" font-weight="bold" fill="#1f2933">${escapeMarkup(title)}</text>`,
  ];
  let y = 38;
  for (const f of figures) {
    const finite = [f.asIs, f.toBe].filter((v) => Number.isFinite(v) && v > 0);
    const top = Math.max(0, ...finite);
    const length = (v: number) =>
      !Number.isFinite(v) ? plot : top > 0 ? Math.max(1, (Math.max(0, v) / top) * plot) : 1;
    const lines = wrapText(f.label, LABEL - 12 - PAD, 15, 2);
    lines.forEach((line, i) =>
      parts.push(
        `<text x="${PAD}" y="${y + BAR + 5 + (i - (lines.length - 1) / 2) * 18}" font-size="15" fill="#1f2933">${escapeMarkup(line)}</text>`,
      ),
    );
    [
      [f.asIs, f.asIsText, AS_IS, y],
      [f.toBe, f.toBeText, TO_BE, y + BAR + 4],
    ].forEach(([v, text, colour, top]) => {
      const w = length(v as number);
      const fill = Number.isFinite(v as number) ? (colour as string) : 'url(#fs-unbounded)';
      parts.push(
        `<rect x="${LABEL}" y="${top}" width="${r(w)}" height="${BAR}" rx="2" fill="${fill}"/>`,
        `<text x="${r(LABEL + w + 6)}" y="${(top as number) + 16}" font-size="14" fill="#1f2933">${escapeMarkup(text as string)}</text>`,
      );
    });
    parts.push(
      `<text x="${WIDTH - PAD}" y="${y + BAR + 7}" font-size="15" font-weight="bold" text-anchor="end" fill="${VERDICT[f.verdict]}">${escapeMarkup(f.change)}</text>`,
    );
    y += GROUP;
  }
  const height = y;
  const font = FONT_FAMILIES.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(', ');
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="${font}" role="img">`,
    `<defs><pattern id="fs-unbounded" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#f6d2d2"/><line x1="0" y1="0" x2="0" y2="8" stroke="#c62828" stroke-width="3"/></pattern></defs>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, width: WIDTH, height };
}

function r(v: number): number {
  return Math.round(v * 10) / 10;
}
