import type { Lang } from '@flowsmith/model';
import { compareLabels, formatMinutes, type Timeline } from '@flowsmith/analysis';
import { FONT_FAMILIES, type Flowchart } from '../diagram/renderFlowchart';
import { wrapText } from '../diagram/wrapText';
import { escapeMarkup } from '../escapeMarkup';

/** One case drawn on the shared time axis: a title over one row per role. */
export interface TimelineSection {
  title: string;
  timeline: Timeline;
}

const LABEL_AT_1 = 150;
const ROW_AT_1 = 26;
const GAP = 14;
const STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 720, 1440, 2880, 7200, 14400, 43200, 86400];
/** The most ticks the axis gets, whatever `end` is. */
const MAX_TICKS = 8;

/** A tick spacing that gives at most eight ticks up to `end` minutes (finite, > 0). */
function tickStep(end: number): number {
  return STEPS.find((s) => end / s <= MAX_TICKS) ?? end / MAX_TICKS;
}

/**
 * The end of the time axis: the latest finite time of any section (an unbounded wait — a role
 * loaded at 100 % or more — has no place on an axis; its bar runs to the axis end, marked ∞).
 */
function axisEnd(sections: readonly TimelineSection[]): number {
  let end = 1;
  for (const s of sections) {
    if (Number.isFinite(s.timeline.end)) end = Math.max(end, s.timeline.end);
    for (const b of s.timeline.bars)
      for (const t of [b.start, b.workStart, b.end]) if (Number.isFinite(t)) end = Math.max(end, t);
  }
  return end;
}

/**
 * Draws role timelines (Gantt) as standalone SVG in pure code (`textScale` enlarges the text and
 * rows, for print): the sections one above the other on
 * one time axis, a row per role, each step a bar whose light hatched part is waiting and solid part
 * working, the critical path outlined in red, step names beside their bars, and a legend. All text
 * escaped. Pure.
 *
 * Bounded: the work is linear in the bars and the axis has at most nine ticks, whatever the
 * times are. An unbounded time (a role loaded at 100 % or more waits without end) is not drawn
 * to scale: the axis ends at the latest finite time, a bar whose wait or work is unbounded runs
 * to the axis end with "∞", and a bar that starts only after an unbounded wait is left out.
 * (An unbounded end once made the tick loop run forever and the CLI run out of memory.)
 */
export function renderTimeline(
  sections: readonly TimelineSection[],
  roleName: (roleId: string | null) => string,
  lang: Lang,
  width = 960,
  textScale = 1,
): Flowchart {
  const k = textScale;
  const LABEL = Math.round(LABEL_AT_1 * k);
  const ROW = Math.round(ROW_AT_1 * k);
  const HEAD = ROW;
  const f = (size: number) => Math.round(size * k * 10) / 10;
  const labels = compareLabels[lang];
  const end = axisEnd(sections);
  const plot = width - LABEL - 20;
  const x = (t: number) =>
    LABEL + (Number.isFinite(t) ? Math.min(Math.max(0, t), end) / end : t > 0 ? 1 : 0) * plot;
  const parts: string[] = [];
  let y = 8;
  for (const section of sections) {
    parts.push(
      `<text x="4" y="${y + f(17)}" font-size="${f(14)}" font-weight="bold" fill="#1f2933">${escapeMarkup(wrapText(section.title, width - 8, f(14), 1)[0] ?? '')}</text>`,
    );
    y += HEAD;
    section.timeline.roles.forEach((role, i) => {
      const top = y + i * ROW;
      parts.push(
        `<rect x="0" y="${top}" width="${width}" height="${ROW}" fill="${i % 2 === 0 ? '#fafbfc' : '#f1f4f8'}"/>`,
      );
      const name = wrapText(roleName(role), LABEL - 12, f(12), 1)[0] ?? '';
      parts.push(
        `<text x="6" y="${top + f(17)}" font-size="${f(12)}" fill="#1f2933">${escapeMarkup(name)}</text>`,
      );
      const row = section.timeline.bars
        .filter((b) => b.role === role && Number.isFinite(b.start))
        .sort((a, b) => a.start - b.start);
      row.forEach((bar, k) => {
        const [x0, x1, x2] = [x(bar.start), x(bar.workStart), x(bar.end)];
        const h = ROW - f(8);
        const stroke = bar.critical
          ? ' stroke="#c62828" stroke-width="2"'
          : ' stroke="#44546a" stroke-width="0.6"';
        parts.push(
          `<g><title>${escapeMarkup(`${bar.name}: ${labels.waiting} ${formatMinutes(bar.workStart - bar.start, lang)}, ${labels.working} ${formatMinutes(bar.end - bar.workStart, lang)}`)}</title>`,
        );
        if (x1 - x0 > 0.2)
          parts.push(
            `<rect x="${r(x0)}" y="${top + f(4)}" width="${r(x1 - x0)}" height="${h}" fill="url(#fs-wait)"${stroke}/>`,
          );
        parts.push(
          `<rect x="${r(x1)}" y="${top + f(4)}" width="${r(Math.max(1.5, x2 - x1))}" height="${h}" fill="#3b6fb6"${stroke}/>`,
        );
        // The name goes in the gap after the bar (before the next bar of the row), else inside a
        // wide enough bar, else only in the tooltip: names never overlap.
        const next = row[k + 1];
        const room = Math.min(140, (next ? x(next.start) : width) - x2 - 8);
        const inside = room < 24 && x2 - x0 >= 40;
        const unbounded = !Number.isFinite(bar.end);
        const name = unbounded ? `${bar.name} ∞` : bar.name;
        const text =
          room >= 24 || inside
            ? (wrapText(name, inside ? x2 - x0 - 8 : room, f(10), 1)[0] ?? '')
            : '';
        const tx = inside ? x0 + 4 : x2 + 3;
        if (text)
          parts.push(
            `<text x="${r(tx)}" y="${top + f(16)}" font-size="${f(10)}" fill="#1f2933" stroke="#ffffff" stroke-width="2.5" paint-order="stroke">${escapeMarkup(text)}</text>`,
          );
        parts.push('</g>');
      });
    });
    y += Math.max(1, section.timeline.roles.length) * ROW + GAP;
  }
  const step = tickStep(end);
  const axis: string[] = [
    `<line x1="${LABEL}" y1="${y}" x2="${LABEL + plot}" y2="${y}" stroke="#44546a"/>`,
  ];
  const ticks = Math.min(MAX_TICKS, Math.floor(end / step + 1e-9));
  for (let k = 0; k <= ticks; k++) {
    const t = k * step;
    axis.push(
      `<line x1="${r(x(t))}" y1="8" x2="${r(x(t))}" y2="${y + 4}" stroke="#c5ccd3" stroke-width="0.6"/>`,
    );
    axis.push(
      `<text x="${r(x(t))}" y="${y + f(16)}" font-size="${f(10)}" text-anchor="middle" fill="#52606d">${escapeMarkup(formatMinutes(t, lang))}</text>`,
    );
  }
  y += f(26);
  const legend = [
    `<rect x="${LABEL}" y="${y}" width="${f(18)}" height="${f(10)}" fill="url(#fs-wait)" stroke="#44546a" stroke-width="0.6"/>`,
    `<text x="${LABEL + f(22)}" y="${y + f(9)}" font-size="${f(11)}">${escapeMarkup(labels.waiting)}</text>`,
    `<rect x="${LABEL + f(90)}" y="${y}" width="${f(18)}" height="${f(10)}" fill="#3b6fb6"/>`,
    `<text x="${LABEL + f(112)}" y="${y + f(9)}" font-size="${f(11)}">${escapeMarkup(labels.working)}</text>`,
    `<rect x="${LABEL + f(180)}" y="${y}" width="${f(18)}" height="${f(10)}" fill="none" stroke="#c62828" stroke-width="2"/>`,
    `<text x="${LABEL + f(202)}" y="${y + f(9)}" font-size="${f(11)}">${escapeMarkup(labels.critical)}</text>`,
  ];
  const height = y + f(18);
  const font = FONT_FAMILIES.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(', ');
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${font}" role="img">`,
    `<defs><pattern id="fs-wait" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fde7c2"/><line x1="0" y1="0" x2="0" y2="6" stroke="#e0a040" stroke-width="2"/></pattern></defs>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    ...axis,
    ...legend,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}

function r(v: number): number {
  return Math.round(v * 10) / 10;
}
