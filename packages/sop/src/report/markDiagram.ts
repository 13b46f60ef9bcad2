import type { Position, ProcessDocument, StepStatus } from '@flowsmith/model';
import { stepSize } from '@flowsmith/layout';
import type { Flowchart } from '../diagram/renderFlowchart';

/** The colour of each kind of change on the maps, the change list and the legend. */
export const STATUS_COLOURS: Record<Exclude<StepStatus, 'same'>, string> = {
  added: '#2e7d32',
  removed: '#c62828',
  changed: '#e08a00',
  moved: '#7b1fa2',
  merged: '#1565c0',
};

/**
 * Outlines the changed steps of a drawn flowchart in the colour of their status (removed ones
 * dashed), so the two maps show what the diff says, around the boxes the flowchart drew (else
 * at `positions`, which must be the ones the flowchart was drawn with), on the whole drawing and
 * as a top layer of its printable parts. Pure; adds only rectangles, no text.
 */
export function markDiagram(
  chart: Flowchart,
  doc: ProcessDocument,
  positions: Readonly<Record<string, Position>>,
  status: Readonly<Record<string, StepStatus>>,
): Flowchart {
  const marks: Array<{
    svg: string;
    box: { x: number; y: number; width: number; height: number };
  }> = [];
  for (const step of doc.steps) {
    const s = Object.hasOwn(status, step.id) ? status[step.id] : undefined;
    // Where the flowchart drew the step (its lane may shift it), else at its position.
    const box = chart.boxes?.get(step.id);
    const p = box
      ? { x: box.x + box.width / 2, y: box.y + box.height / 2 }
      : Object.hasOwn(positions, step.id)
        ? positions[step.id]
        : undefined;
    if (!s || s === 'same' || !p) continue;
    const { width, height } = box ?? stepSize(step);
    const dash = s === 'removed' ? ' stroke-dasharray="6 4"' : '';
    const mark = {
      x: p.x - width / 2 - 5,
      y: p.y - height / 2 - 5,
      width: width + 10,
      height: height + 10,
    };
    marks.push({
      box: mark,
      svg: `<rect x="${mark.x}" y="${mark.y}" width="${mark.width}" height="${mark.height}" rx="8" fill="none" stroke="${STATUS_COLOURS[s]}" stroke-width="3"${dash}><title>${s}</title></rect>`,
    });
  }
  const at = chart.svg.lastIndexOf('</svg>');
  const svg = `${chart.svg.slice(0, at)}${marks.map((m) => m.svg).join('\n')}\n</svg>`;
  // The outlines go on top in the printed parts too (flowchartPages draws the layers in order).
  const parts = chart.parts
    ? { ...chart.parts, layers: [...chart.parts.layers, marks] }
    : undefined;
  return { ...chart, svg, ...(parts ? { parts } : {}) };
}
