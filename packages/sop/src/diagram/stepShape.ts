import type { Position, Step } from '@flowsmith/model';
import { stepSize, type Rect, type Size } from '@flowsmith/layout';
import { escapeMarkup } from '../escapeMarkup';
import { measure, wrapText } from './wrapText';
import { gatewayNameBox, type NameOffsets } from './gatewayNameSide';

const FILL: Record<string, string> = {
  manual: '#e8f1fb',
  system: '#eaf6ec',
  approval: '#fdf1e1',
  review: '#f3ecfa',
};

/** Font sizes of a flowchart, in SVG units. */
export interface FlowchartText {
  /** Step names. */
  name: number;
  /** Flow labels and the names beside gateways and events. */
  label: number;
  /** Lane names. */
  lane: number;
  /** Step numbers in the boxes. */
  badge: number;
}

/** Sizes for the screen (the app, the comparison maps). */
export const SCREEN_TEXT: FlowchartText = { name: 12, label: 11, lane: 13, badge: 11 };
/** Sizes for print: larger, so a chart split into A4 parts keeps every text at 8 pt or more. */
export const PRINT_TEXT: FlowchartText = { name: 15, label: 15, lane: 16, badge: 15 };

/**
 * The SVG of one step at its centre `p`, by type: tasks as rounded boxes (colour by kind) with the
 * name inside, subprocesses with a `+` marker, gateways as diamonds (`×` exclusive, `○`
 * inclusive, `+` parallel) named in `nameBox` (from `gatewayNamePlace`; above and to the right
 * when not given), start, end and timer as circles (a terminate end with a filled disc inside),
 * their names below. A step `number` is written just above the box's top-left corner (beside an
 * event's circle). All text escaped. Pure.
 */
export function stepShape(
  step: Step,
  p: Position,
  text: FlowchartText = SCREEN_TEXT,
  number?: string,
  nameBox?: Rect,
): string {
  const { width, height } = stepSize(step);
  const left = p.x - width / 2;
  const top = p.y - height / 2;
  const title = `<title>${escapeMarkup(step.name)}</title>`;
  switch (step.type) {
    case 'task':
    case 'subprocess': {
      const fill = step.type === 'task' ? FILL[step.kind ?? 'manual'] : '#f4f4f4';
      const marker =
        step.type === 'subprocess'
          ? `<rect x="${p.x - 7}" y="${top + height - 16}" width="14" height="14" fill="none" stroke="#555"/>` +
            `<path d="M${p.x - 4} ${top + height - 9}h8M${p.x} ${top + height - 13}v8" stroke="#555"/>`
          : '';
      // The number sits just above the box's top-left corner, in the lane's padding, so the
      // whole box is left to the name.
      const badge = number
        ? `<text x="${left + 2}" y="${top - 4}" font-size="${text.badge}" font-weight="bold" fill="#0b4f8a">${escapeMarkup(number)}</text>`
        : '';
      const below = marker ? 14 : 0;
      const pitch = text.name + 3;
      const lines = wrapText(
        step.name,
        width - 12,
        text.name,
        Math.max(1, Math.floor((height - below - 6) / pitch)),
      );
      const middle = top + (height - below) / 2;
      const stroke = step.type === 'task' && step.control ? ' stroke-width="2.5"' : '';
      return (
        `<g class="step">${title}<rect x="${left}" y="${top}" width="${width}" height="${height}" rx="10" fill="${fill}" stroke="#44546a"${stroke}/>` +
        badge +
        textLines(lines, p.x, middle - ((lines.length - 1) * pitch) / 2, text.name) +
        marker +
        '</g>'
      );
    }
    case 'xor':
    case 'or':
    case 'and': {
      const d = `M${p.x} ${top}L${left + width} ${p.y}L${p.x} ${top + height}L${left} ${p.y}Z`;
      const mark =
        step.type === 'xor'
          ? `<path d="M${p.x - 8} ${p.y - 8}L${p.x + 8} ${p.y + 8}M${p.x + 8} ${p.y - 8}L${p.x - 8} ${p.y + 8}" stroke="#333" stroke-width="3"/>`
          : step.type === 'or'
            ? `<circle cx="${p.x}" cy="${p.y}" r="10" fill="none" stroke="#333" stroke-width="3"/>`
            : `<path d="M${p.x - 10} ${p.y}H${p.x + 10}M${p.x} ${p.y - 10}V${p.y + 10}" stroke="#333" stroke-width="3"/>`;
      // The name on a free side (by default above and to the right, clear of the flows that
      // leave a decision downwards).
      const lines = gatewayNameLines(step.name, text);
      const box =
        nameBox ??
        gatewayNameBox(
          'above-right',
          { x: left, y: top, width, height },
          gatewayNameSize(lines, text),
          GATEWAY_NAME_OFFSETS,
        );
      return `<g class="step">${title}<path d="${d}" fill="#fff8d6" stroke="#8a6d00"/>${mark}${nameIn(lines, box, p.x, text.label)}</g>`;
    }
    default: {
      const r = width / 2;
      const ring =
        step.type === 'end'
          ? `<circle cx="${p.x}" cy="${p.y}" r="${r - 2}" fill="#fdeaea" stroke="#a33" stroke-width="4"/>` +
            (step.terminate === true
              ? `<circle cx="${p.x}" cy="${p.y}" r="${r - 8}" fill="#a33"/>`
              : '')
          : step.type === 'start'
            ? `<circle cx="${p.x}" cy="${p.y}" r="${r}" fill="#eaf6ec" stroke="#2e7d32" stroke-width="2"/>`
            : `<circle cx="${p.x}" cy="${p.y}" r="${r}" fill="#fff" stroke="#555" stroke-width="1.5"/>` +
              `<circle cx="${p.x}" cy="${p.y}" r="${r - 4}" fill="none" stroke="#555"/>` +
              `<path d="M${p.x} ${p.y - 10}V${p.y}L${p.x + 7} ${p.y + 4}" fill="none" stroke="#555" stroke-width="1.5"/>`;
      const badge = number
        ? `<text x="${left - 4}" y="${top + text.badge}" font-size="${text.badge}" font-weight="bold" text-anchor="end" fill="#0b4f8a">${escapeMarkup(number)}</text>`
        : '';
      return `<g class="step">${title}${ring}${badge}${nameBelow(step.name, p.x, top + height, text.label)}</g>`;
    }
  }
}

/** How the flowchart sets a gateway's name beside its diamond (see `gatewayNameBox`). */
export const GATEWAY_NAME_OFFSETS: NameOffsets = { shift: 10, gap: 6, side: 6 };

/** A gateway name's lines in the flowchart: up to two, 130 units wide. Pure. */
export function gatewayNameLines(name: string, text: FlowchartText): string[] {
  return wrapText(name, 130, text.label, 2);
}

/** The size a gateway name's `lines` take in the flowchart. Pure. */
export function gatewayNameSize(lines: readonly string[], text: FlowchartText): Size {
  const width = Math.max(0, ...lines.map((l) => measure(l, text.label)));
  return { width: Math.ceil(width), height: lines.length * (text.label + 3) };
}

/**
 * Where a step's name is drawn outside its shape (gateways and events), for page cuts; a
 * gateway's in `nameBox` when given (see `stepShape`).
 */
export function nameExtent(
  step: Step,
  p: Position,
  text: FlowchartText,
  nameBox?: Rect,
): Rect | undefined {
  const { width, height } = stepSize(step);
  if (step.type === 'task' || step.type === 'subprocess') return undefined;
  if (step.type === 'xor' || step.type === 'or' || step.type === 'and') {
    if (nameBox) return nameBox;
    const gateway = { x: p.x - width / 2, y: p.y - height / 2, width, height };
    const lines = gatewayNameLines(step.name, text);
    return gatewayNameBox(
      'above-right',
      gateway,
      gatewayNameSize(lines, text),
      GATEWAY_NAME_OFFSETS,
    );
  }
  return { x: p.x - 65, y: p.y + height / 2, width: 130, height: 3 * (text.label + 3) + 14 };
}

/** A gateway's name lines in `box`: baselines one line pitch apart, aligned to the diamond's side. */
function nameIn(lines: readonly string[], box: Rect, centreX: number, size: number): string {
  if (lines.length === 0) return '';
  const right = box.x + box.width;
  const [x, anchor] =
    box.x >= centreX
      ? [box.x, 'start']
      : right <= centreX
        ? [right, 'end']
        : [box.x + box.width / 2, 'middle'];
  const spans = lines
    .map(
      (line, i) =>
        `<tspan x="${x}" y="${box.y + (i + 1) * (size + 3)}">${escapeMarkup(line)}</tspan>`,
    )
    .join('');
  return `<text font-size="${size}" text-anchor="${anchor}" fill="#1f2933">${spans}</text>`;
}

function nameBelow(name: string, x: number, bottom: number, size: number): string {
  return textLines(wrapText(name, 130, size, 3), x, bottom + size + 3, size);
}

/** Centred lines of text, the first baseline-centred at `y`. */
function textLines(lines: string[], x: number, y: number, size: number): string {
  if (lines.length === 0) return '';
  const spans = lines
    .map((line, i) => `<tspan x="${x}" y="${y + i * (size + 3)}">${escapeMarkup(line)}</tspan>`)
    .join('');
  return `<text font-size="${size}" text-anchor="middle" dominant-baseline="central" fill="#1f2933">${spans}</text>`;
}
