import type { Position, ProcessDocument } from '@flowsmith/model';
import {
  centreOf,
  elbowRoutes,
  isLargeForLayout,
  laneGeometry,
  routeFlows,
  type LabelSize,
  type Orientation,
  type Rect,
} from '@flowsmith/layout';
import { escapeMarkup } from '../escapeMarkup';
import { stepShape } from './stepShape';
import { measure, wrapText } from './wrapText';

/**
 * Font families for the diagram and the HTML/PDF documents. Latin fonts come first and CJK fonts
 * after them: browsers fall back per character, so Latin text keeps a Latin face while every
 * Chinese character finds a CJK font (Noto/Source Han on Linux, YaHei on Windows, PingFang on macOS).
 */
export const FONT_FAMILIES = [
  'Helvetica Neue',
  'Arial',
  'Liberation Sans',
  'Noto Sans CJK SC',
  'Source Han Sans SC',
  'Microsoft YaHei',
  'PingFang SC',
  'SimSun',
  'Noto Color Emoji',
  'sans-serif',
];

/** A drawn flowchart: standalone SVG text and its size in SVG units. */
export interface Flowchart {
  svg: string;
  width: number;
  height: number;
  /** The box each step was drawn in (its lane may shift it from its position), by step id. */
  boxes?: ReadonlyMap<string, Rect>;
}

/**
 * Draws the swimlane flowchart of `doc` as standalone SVG, in pure code (no browser), from the one
 * lane geometry of `@flowsmith/layout` (`laneGeometry` at `positions`, centres): one lane per role,
 * each step by type wholly inside its lane, flows routed orthogonally around the steps
 * (`routeFlows`) with arrowheads and their labels on free segments. Lanes, steps and flows carry
 * `data-lane`, `data-step` and `data-flow` attributes (so the drawing can be checked with
 * `checkDrawing`). Every name is escaped. Pure.
 */
export function renderFlowchart(
  doc: ProcessDocument,
  positions: Readonly<Record<string, Position>>,
  roleName: (roleId: string | null) => string,
): Flowchart {
  const orientation: Orientation = doc.view?.lanes ?? 'horizontal';
  const geometry = laneGeometry(doc, { positions, orientation });
  const bands = geometry.bands;
  const boxes = geometry.placements;
  const labelText = new Map<string, string>();
  const labelSizes = new Map<string, LabelSize>();
  for (const flow of doc.flows) {
    const label = flow.label ?? flow.condition;
    if (!label) continue;
    const text = wrapText(label, 140, 11, 1)[0] ?? '';
    labelText.set(flow.id, text);
    labelSizes.set(flow.id, { width: measure(text, 11) + 6, height: 15 });
  }
  // Large processes get plain elbows: the router takes about a minute for 20,000 steps.
  const route = isLargeForLayout(doc) ? elbowRoutes : routeFlows;
  const routes = route(boxes, doc.flows, { orientation, labels: labelSizes });
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const grow = (x: number, y: number) => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  for (const b of bands) {
    grow(b.x, b.y);
    grow(b.x + b.width, b.y + b.height);
  }
  for (const box of boxes.values()) {
    grow(box.x - 40, box.y);
    grow(box.x + box.width + 40, box.y + box.height + 50);
  }
  const lanes = bands.map((b, i) => {
    const name = roleName(b.roleId);
    const fill = i % 2 === 0 ? '#fafbfc' : '#f1f4f8';
    const rect = `<rect data-lane="${escapeMarkup(b.roleId ?? '')}" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="${fill}" stroke="#9aa5b1"/>`;
    if (orientation === 'horizontal') {
      const lines = wrapText(name, Math.max(20, b.height - 12), 13, 2);
      const cx = b.x + 20;
      const cy = b.y + b.height / 2;
      const spans = lines
        // Rotated text: its lines stack along the page's x axis, i.e. the text's own y axis.
        .map(
          (line, j) =>
            `<tspan x="${cx}" y="${cy + (j - (lines.length - 1) / 2) * 15}">${escapeMarkup(line)}</tspan>`,
        )
        .join('');
      return `${rect}<line x1="${b.x + 40}" y1="${b.y}" x2="${b.x + 40}" y2="${b.y + b.height}" stroke="#9aa5b1"/><text transform="rotate(-90 ${cx} ${cy})" font-size="13" font-weight="bold" text-anchor="middle" dominant-baseline="central" fill="#1f2933">${spans}</text>`;
    }
    const label = wrapText(name, Math.max(20, b.width - 12), 13, 1)[0] ?? '';
    return `${rect}<text x="${b.x + b.width / 2}" y="${b.y + 22}" font-size="13" font-weight="bold" text-anchor="middle" fill="#1f2933">${escapeMarkup(label)}</text>`;
  });
  const edges: string[] = [];
  const labels: string[] = [];
  for (const flow of doc.flows) {
    const route = routes.get(flow.id);
    if (!route) continue;
    for (const p of route.points) grow(p.x, p.y);
    const d = route.points
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`)
      .join('');
    edges.push(
      `<path data-flow="${escapeMarkup(flow.id)}" data-from="${escapeMarkup(flow.from)}" data-to="${escapeMarkup(flow.to)}" d="${d}" fill="none" stroke="#44546a" stroke-width="1.4" marker-end="url(#fs-arrow)"/>`,
    );
    const text = labelText.get(flow.id);
    if (text && route.label) {
      const w = measure(text, 11);
      const { x, y } = route.label;
      grow(x - w / 2, y - 8);
      grow(x + w / 2, y + 8);
      // Drawn after the steps, on a free segment: white halo, centred on the label point.
      labels.push(
        `<text x="${round(x)}" y="${round(y + 4)}" font-size="11" text-anchor="middle" fill="#7a4b00" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeMarkup(text)}</text>`,
      );
    }
  }
  const shapes = doc.steps.flatMap((s) => {
    const box = boxes.get(s.id);
    if (!box) return [];
    const lane = geometry.membership.get(s.id) ?? null;
    return [
      stepShape(s, centreOf(box)).replace(
        '<g class="step">',
        `<g class="step" data-step="${escapeMarkup(s.id)}" data-lane="${escapeMarkup(lane ?? '')}" data-box="${box.x} ${box.y} ${box.width} ${box.height}">`,
      ),
    ];
  });
  if (!Number.isFinite(minX)) [minX, minY, maxX, maxY] = [0, 0, 200, 100];
  const pad = 10;
  const x0 = round(minX - pad);
  const y0 = round(minY - pad);
  const width = round(maxX - minX + 2 * pad);
  const height = round(maxY - minY + 2 * pad);
  const font = FONT_FAMILIES.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(', ');
  // One element per line, so that changes read well as diffs (golden files, version control).
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x0} ${y0} ${width} ${height}" width="${width}" height="${height}" font-family="${font}" role="img">`,
    `<defs><marker id="fs-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="#44546a"/></marker></defs>`,
    `<rect x="${x0}" y="${y0}" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...lanes,
    ...edges,
    ...shapes,
    ...labels,
    '</svg>',
  ].join('\n');
  return { svg, width, height, boxes };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
