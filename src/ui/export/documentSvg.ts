/**
 * The process map as a standalone SVG (for "Export SVG" and, rasterised, "Export PNG"): drawn from
 * the canvas's lane geometry (`editorGeometry`: the same bands and step places) with flows routed
 * around the steps (`routeFlows` of `@flowsmith/layout`), shapes and labels. Built from the
 * document, not scraped from the DOM, so it includes steps scrolled out of view. Lanes, steps and
 * flows carry `data-lane`, `data-step` (with `data-box`) and `data-flow` attributes, so the
 * picture can be checked (`checkDrawing`). Pure.
 */
import type { Position, ProcessDocument, Step } from '@flowsmith/model';
import { centreOf, routeFlows, type LabelSize } from '@flowsmith/layout';
import { editorGeometry, laneOrientation } from '../../editor/lanes';
import { describeDistribution } from '../format/describeDistribution';
import { roleColour, shapeSize } from '../canvas/stepShape';

const FONT = `-apple-system, "Segoe UI", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif`;

/** XML-escapes text for an attribute or element. Pure. */
export function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A rough text width: CJK characters are square, others about half as wide. Pure. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text)
    w += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? size : size * 0.58;
  return w;
}

/** Breaks `text` into lines of at most `width` (by the rough measure), at most `max` lines. Pure. */
export function wrapText(text: string, width: number, size: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (textWidth(line + ch, size) > width && line) {
      lines.push(line);
      line = '';
      if (lines.length === max) break;
    }
    line += ch;
  }
  if (lines.length < max && line) lines.push(line);
  if (lines.length === max && lines.join('').length < [...text].length)
    lines[max - 1] = `${lines[max - 1]!.slice(0, -1)}…`;
  return lines;
}

function stepSvg(step: Step, colour: string, at: Position): string {
  const { width: w, height: h } = shapeSize(step);
  const { x, y } = at;
  const left = x - w / 2;
  const top = y - h / 2;
  if (step.type === 'task' || step.type === 'subprocess') {
    const lines = wrapText(step.name, w - 12, 12, 3);
    const firstY = y - ((lines.length - 1) * 15) / 2 - 2;
    const duration = step.type === 'task' ? describeDistribution(step.duration) : '';
    const value =
      step.type === 'task' && step.value
        ? `<text x="${left + w - 6}" y="${top + 13}" font-size="9" text-anchor="end" fill="#444">${step.value}</text>`
        : '';
    return (
      `<rect x="${left}" y="${top}" width="${w}" height="${h}" rx="8" fill="#fff" stroke="${colour}" stroke-width="1.5"/>` +
      `<rect x="${left}" y="${top}" width="5" height="${h}" rx="2" fill="${colour}"/>` +
      lines
        .map(
          (l, i) =>
            `<text x="${x + 2}" y="${firstY + i * 15}" font-size="12" text-anchor="middle" dominant-baseline="middle" fill="#1d2330">${xml(l)}</text>`,
        )
        .join('') +
      (duration
        ? `<text x="${x}" y="${top + h - 7}" font-size="10" text-anchor="middle" fill="#5b6475">${xml(duration)}</text>`
        : '') +
      value +
      (step.type === 'subprocess'
        ? `<rect x="${x - 6}" y="${top + h - 14}" width="12" height="12" fill="none" stroke="#1d2330"/><path d="M${x - 3} ${top + h - 8}h6M${x} ${top + h - 11}v6" stroke="#1d2330"/>`
        : '')
    );
  }
  const label = wrapText(step.name, 120, 11, 2)
    .map(
      (l, i) =>
        `<text x="${x}" y="${top + h + 14 + i * 13}" font-size="11" text-anchor="middle" fill="#1d2330">${xml(l)}</text>`,
    )
    .join('');
  if (step.type === 'xor' || step.type === 'or' || step.type === 'and') {
    // As on the canvas: gateway names above and to the right, clear of flows leaving the bottom.
    const gatewayLabel = wrapText(step.name, 120, 11, 2)
      .map(
        (l, i, all) =>
          `<text x="${x + w * 0.15}" y="${top - 4 - (all.length - 1 - i) * 13}" font-size="11" fill="#1d2330">${xml(l)}</text>`,
      )
      .join('');
    const mark =
      step.type === 'xor'
        ? `<path d="M${x - 7} ${y - 7}L${x + 7} ${y + 7}M${x + 7} ${y - 7}L${x - 7} ${y + 7}" stroke="#1d2330" stroke-width="2.5"/>`
        : step.type === 'or'
          ? `<circle cx="${x}" cy="${y}" r="8" fill="none" stroke="#1d2330" stroke-width="3"/>`
          : `<path d="M${x - 9} ${y}H${x + 9}M${x} ${y - 9}V${y + 9}" stroke="#1d2330" stroke-width="2.5"/>`;
    return `<path d="M${x} ${top}L${left + w} ${y}L${x} ${top + h}L${left} ${y}Z" fill="#fffbe6" stroke="#b08800" stroke-width="1.5"/>${mark}${gatewayLabel}`;
  }
  const r = w / 2;
  const stroke =
    step.type === 'end'
      ? 'stroke="#c0392b" stroke-width="3.5"'
      : step.type === 'start'
        ? 'stroke="#1fa37a" stroke-width="1.8"'
        : 'stroke="#5b6475" stroke-width="1.5"';
  const inner =
    step.type === 'end' && step.terminate
      ? `<circle cx="${x}" cy="${y}" r="${r - 8}" fill="#c0392b"/>`
      : step.type === 'timer'
        ? `<circle cx="${x}" cy="${y}" r="${r - 4}" fill="none" stroke="#5b6475"/><path d="M${x} ${y - 8}V${y}L${x + 6} ${y + 3}" stroke="#1d2330" fill="none"/>`
        : '';
  return `<circle cx="${x}" cy="${y}" r="${r}" fill="#fff" ${stroke}/>${inner}${label}`;
}

/** The SVG text of the whole map of `doc`. */
export function documentSvg(doc: ProcessDocument): string {
  const orientation = laneOrientation(doc);
  const geometry = editorGeometry(doc);
  const lanes = geometry.bands;
  const centre = (s: Step): Position => {
    const box = geometry.placements.get(s.id);
    return box ? centreOf(box) : (s.position ?? { x: 0, y: 0 });
  };
  const roleIndex = new Map(doc.roles.map((r, i) => [r.id, i]));
  const stepsById = new Map(doc.steps.map((s) => [s.id, s]));
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  const grow = (x0: number, y0: number, x1: number, y1: number) => {
    minX = Math.min(minX, x0);
    minY = Math.min(minY, y0);
    maxX = Math.max(maxX, x1);
    maxY = Math.max(maxY, y1);
  };
  for (const b of lanes) grow(b.x, b.y, b.x + b.width, b.y + b.height);
  for (const s of doc.steps) {
    const { width, height } = shapeSize(s);
    const p = centre(s);
    grow(p.x - width / 2 - 40, p.y - height / 2, p.x + width / 2 + 40, p.y + height / 2 + 36);
  }
  if (minX === Infinity) grow(0, 0, 200, 100);
  const pad = 20;
  const out: string[] = [];
  for (const b of lanes) {
    const name =
      b.roleId === null ? '' : (doc.roles.find((r) => r.id === b.roleId)?.name ?? b.roleId);
    const colour = roleColour(b.roleId === null ? -1 : (roleIndex.get(b.roleId) ?? -1));
    out.push(
      `<rect data-lane="${xml(b.roleId ?? '')}" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="${colour}" fill-opacity="0.05" stroke="#c9d0dc"/>`,
    );
    if (orientation === 'horizontal') {
      out.push(
        `<rect x="${b.x}" y="${b.y}" width="28" height="${b.height}" fill="${colour}" fill-opacity="0.16"/>`,
      );
      out.push(
        `<text transform="translate(${b.x + 18} ${b.y + b.height / 2}) rotate(-90)" font-size="12" font-weight="600" text-anchor="middle" fill="#1d2330">${xml(name)}</text>`,
      );
    } else {
      out.push(
        `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="28" fill="${colour}" fill-opacity="0.16"/>`,
      );
      out.push(
        `<text x="${b.x + b.width / 2}" y="${b.y + 18}" font-size="12" font-weight="600" text-anchor="middle" fill="#1d2330">${xml(name)}</text>`,
      );
    }
  }
  const chips = new Map<string, string>();
  const sizes = new Map<string, LabelSize>();
  for (const f of doc.flows) {
    const parts = [
      f.label,
      f.probability !== undefined ? `${Math.round(f.probability * 1000) / 10}%` : undefined,
    ]
      .filter(Boolean)
      .join(' · ');
    if (!parts) continue;
    chips.set(f.id, parts);
    sizes.set(f.id, { width: textWidth(parts, 11) + 10, height: 18 });
  }
  const flows = doc.flows.filter((f) => stepsById.has(f.from) && stepsById.has(f.to));
  const routes = routeFlows(geometry.placements, flows, { orientation, labels: sizes });
  const labels: string[] = [];
  for (const f of flows) {
    const route = routes.get(f.id);
    if (!route) continue;
    const d = route.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join('');
    out.push(
      `<path data-flow="${xml(f.id)}" data-from="${xml(f.from)}" data-to="${xml(f.to)}" d="${d}" fill="none" stroke="#5b6475" stroke-width="1.5" marker-end="url(#arrow)"/>`,
    );
    const parts = chips.get(f.id);
    if (parts && route.label) {
      const { x: lx, y: ly } = route.label;
      const w = sizes.get(f.id)!.width;
      labels.push(
        `<rect x="${lx - w / 2}" y="${ly - 9}" width="${w}" height="18" rx="4" fill="#fff" stroke="#d5dae3"/><text x="${lx}" y="${ly + 4}" font-size="11" text-anchor="middle" fill="#1d2330">${xml(parts)}</text>`,
      );
    }
  }
  for (const s of doc.steps) {
    const role = s.type === 'task' ? s.role : undefined;
    const box = geometry.placements.get(s.id);
    const lane = geometry.membership.get(s.id) ?? null;
    const data = box
      ? ` data-step="${xml(s.id)}" data-lane="${xml(lane ?? '')}" data-box="${box.x} ${box.y} ${box.width} ${box.height}"`
      : '';
    out.push(
      `<g${data}>${stepSvg(s, roleColour(role === undefined ? -1 : (roleIndex.get(role) ?? -1)), centre(s))}</g>`,
    );
  }
  out.push(...labels);
  const vx = minX - pad,
    vy = minY - pad,
    vw = maxX - minX + 2 * pad,
    vh = maxY - minY + 2 * pad;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${vx} ${vy} ${vw} ${vh}" width="${Math.ceil(vw)}" height="${Math.ceil(vh)}" font-family='${FONT}'>` +
    `<title>${xml(doc.name)}</title>` +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#5b6475"/></marker></defs>` +
    `<rect x="${vx}" y="${vy}" width="${vw}" height="${vh}" fill="#fff"/>` +
    out.join('') +
    `</svg>`
  );
}

/** Rasterises SVG text to a PNG blob at `scale` (2 = crisp on high-density screens). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    // Browsers cap canvas size; a huge map is scaled down rather than failing.
    const max = 16_000;
    const s = Math.min(scale, max / img.width, max / img.height);
    canvas.width = Math.max(1, Math.round(img.width * s));
    canvas.height = Math.max(1, Math.round(img.height * s));
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2D canvas');
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
