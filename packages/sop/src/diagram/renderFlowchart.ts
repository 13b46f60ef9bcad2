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
import { nameExtent, SCREEN_TEXT, stepShape, type FlowchartText } from './stepShape';
import { measure, wrapText } from './wrapText';
import { gatewayNamePlaces } from './gatewayNamePlaces';

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
  /** The drawing in pieces, to print it in parts (`flowchartPages`). */
  parts?: FlowchartParts;
}

/** One drawn element and the rectangle it covers. */
export interface FlowchartElement {
  svg: string;
  box: Rect;
}

/** A flowchart's pieces: its frame, lanes (with their headers) and elements by layer. */
export interface FlowchartParts {
  viewBox: Rect;
  font: string;
  orientation: Orientation;
  text: FlowchartText;
  lanes: Array<FlowchartElement & { name: string; fill: string }>;
  /** Flows, then steps, then flow labels: the order they are drawn in. */
  layers: FlowchartElement[][];
}

/** Options of {@link renderFlowchart}. */
export interface FlowchartOptions {
  /** A number to write in each step's box (the procedure's step numbers). */
  numbers?: ReadonlyMap<string, string>;
  /** Font sizes; default {@link SCREEN_TEXT}. */
  text?: FlowchartText;
}

/** The opening of every flowchart SVG: the arrowhead marker. */
export const FLOWCHART_DEFS = `<defs><marker id="fs-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="#44546a"/></marker></defs>`;

/**
 * Draws the swimlane flowchart of `doc` as standalone SVG, in pure code (no browser), from the one
 * lane geometry of `@flowsmith/layout` (`laneGeometry` at `positions`, centres): one lane per role,
 * each step by type wholly inside its lane, flows routed orthogonally around the steps
 * (`routeFlows`) with arrowheads and their labels on free segments. Lanes, steps and flows carry
 * `data-lane`, `data-step` and `data-flow` attributes (so the drawing can be checked with
 * `checkDrawing`). Every name is escaped. `options.numbers` writes a number in each step's box,
 * `options.text` sets the font sizes. Pure.
 */
export function renderFlowchart(
  doc: ProcessDocument,
  positions: Readonly<Record<string, Position>>,
  roleName: (roleId: string | null) => string,
  options: FlowchartOptions = {},
): Flowchart {
  const text = options.text ?? SCREEN_TEXT;
  const orientation: Orientation = doc.view?.lanes ?? 'horizontal';
  const geometry = laneGeometry(doc, { positions, orientation });
  const bands = geometry.bands;
  const boxes = geometry.placements;
  const labelText = new Map<string, string>();
  const labelSizes = new Map<string, LabelSize>();
  for (const flow of doc.flows) {
    const label = flow.label ?? flow.condition;
    if (!label) continue;
    const shown = wrapText(label, 140, text.label, 1)[0] ?? '';
    labelText.set(flow.id, shown);
    labelSizes.set(flow.id, { width: measure(shown, text.label) + 6, height: text.label + 4 });
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
    return { svg: rect + laneHeader(b, name, orientation, text.lane), box: b, name, fill };
  });
  const edges: FlowchartElement[] = [];
  const labels: FlowchartElement[] = [];
  for (const flow of doc.flows) {
    const route = routes.get(flow.id);
    if (!route) continue;
    for (const p of route.points) grow(p.x, p.y);
    const xs = route.points.map((p) => p.x);
    const ys = route.points.map((p) => p.y);
    const edgeBox = {
      x: Math.min(...xs),
      y: Math.min(...ys),
      width: Math.max(...xs) - Math.min(...xs),
      height: Math.max(...ys) - Math.min(...ys),
    };
    const d = route.points
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`)
      .join('');
    edges.push({
      box: edgeBox,
      svg: `<path data-flow="${escapeMarkup(flow.id)}" data-from="${escapeMarkup(flow.from)}" data-to="${escapeMarkup(flow.to)}" d="${d}" fill="none" stroke="#44546a" stroke-width="1.4" marker-end="url(#fs-arrow)"/>`,
    });
    const shown = labelText.get(flow.id);
    if (shown && route.label) {
      const w = measure(shown, text.label);
      const { x, y } = route.label;
      const half = text.label * 0.7;
      grow(x - w / 2, y - half);
      grow(x + w / 2, y + half);
      // Drawn after the steps, on a free segment: white halo, centred on the label point.
      labels.push({
        box: { x: x - w / 2, y: y - half, width: w, height: 2 * half },
        svg: `<text x="${round(x)}" y="${round(y + text.label * 0.35)}" font-size="${text.label}" text-anchor="middle" fill="#7a4b00" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeMarkup(shown)}</text>`,
      });
    }
  }
  const names = gatewayNamePlaces(
    doc.steps,
    boxes,
    labels.map((l) => l.box),
    text,
    options.numbers,
  );
  const shapes = doc.steps.flatMap((s) => {
    const box = boxes.get(s.id);
    if (!box) return [];
    const lane = geometry.membership.get(s.id) ?? null;
    const centre = centreOf(box);
    const nameBox = names.get(s.id);
    const name = nameExtent(s, centre, text, nameBox);
    const cover = name ? union(box, name) : box;
    return [
      {
        box: cover,
        svg: stepShape(s, centre, text, options.numbers?.get(s.id), nameBox).replace(
          '<g class="step">',
          `<g class="step" data-step="${escapeMarkup(s.id)}" data-lane="${escapeMarkup(lane ?? '')}" data-box="${box.x} ${box.y} ${box.width} ${box.height}">`,
        ),
      },
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
    FLOWCHART_DEFS,
    `<rect x="${x0}" y="${y0}" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...lanes.map((l) => l.svg),
    ...edges.map((e) => e.svg),
    ...shapes.map((e) => e.svg),
    ...labels.map((e) => e.svg),
    '</svg>',
  ].join('\n');
  const parts: FlowchartParts = {
    viewBox: { x: x0, y: y0, width, height },
    font,
    orientation,
    text,
    lanes,
    layers: [edges, shapes, labels],
  };
  return { svg, width, height, boxes, parts };
}

/**
 * A lane's name in its header: rotated at the left of a horizontal lane (up to two lines), at
 * the top of a vertical one. Pure.
 */
export function laneHeader(b: Rect, name: string, orientation: Orientation, size: number): string {
  if (orientation === 'horizontal') {
    const lines = wrapText(name, Math.max(20, b.height - 12), size, 2);
    const cx = b.x + 20;
    const cy = b.y + b.height / 2;
    const spans = lines
      // Rotated text: its lines stack along the page's x axis, i.e. the text's own y axis.
      .map(
        (line, j) =>
          `<tspan x="${cx}" y="${cy + (j - (lines.length - 1) / 2) * (size + 2)}">${escapeMarkup(line)}</tspan>`,
      )
      .join('');
    return `<line x1="${b.x + 40}" y1="${b.y}" x2="${b.x + 40}" y2="${b.y + b.height}" stroke="#9aa5b1"/><text transform="rotate(-90 ${cx} ${cy})" font-size="${size}" font-weight="bold" text-anchor="middle" dominant-baseline="central" fill="#1f2933">${spans}</text>`;
  }
  const label = wrapText(name, Math.max(20, b.width - 12), size, 1)[0] ?? '';
  return `<text x="${b.x + b.width / 2}" y="${b.y + 22}" font-size="${size}" font-weight="bold" text-anchor="middle" fill="#1f2933">${escapeMarkup(label)}</text>`;
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
