import type { Position } from '@flowsmith/model';
import type { Drawing } from './checkDrawing';
import type { LaneBand } from './types';

function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w-]+)="([^"]*)"/g)) out.set(m[1]!, unescape(m[2]!));
  return out;
}

function unescape(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Reads back the drawing an SVG picture of a process shows, from the attributes the flowchart
 * and the export write: lane rectangles (`data-lane` with x, y, width, height), steps (`data-step`,
 * `data-lane`, `data-box="x y width height"`) and flows (`data-flow`, `data-from`, `data-to` and
 * a path of M/L commands). Pure (text only, no DOM) — for checking pictures with `checkDrawing`.
 */
export function drawingFromSvg(svg: string): Drawing {
  const bands: LaneBand[] = [];
  const steps: Drawing['steps'][number][] = [];
  const flows: Drawing['flows'][number][] = [];
  for (const [tag] of svg.matchAll(/<(?:rect|g|path)\s[^>]*>/g)) {
    const a = attrs(tag);
    const lane = a.get('data-lane');
    if (tag.startsWith('<rect') && lane !== undefined) {
      bands.push({
        roleId: lane === '' ? null : lane,
        x: Number(a.get('x')),
        y: Number(a.get('y')),
        width: Number(a.get('width')),
        height: Number(a.get('height')),
      });
    } else if (a.has('data-step')) {
      const [x, y, width, height] = (a.get('data-box') ?? '').split(' ').map(Number);
      steps.push({
        id: a.get('data-step')!,
        lane: lane ? lane : null,
        box: { x: x!, y: y!, width: width!, height: height! },
      });
    } else if (a.has('data-flow')) {
      const points: Position[] = [
        ...(a.get('d') ?? '').matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g),
      ].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
      flows.push({
        id: a.get('data-flow')!,
        from: a.get('data-from')!,
        to: a.get('data-to')!,
        points,
      });
    }
  }
  return { bands, steps, flows };
}
