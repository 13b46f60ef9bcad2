import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gallery, parseProcessJson, type ProcessDocument } from '@flowsmith/model';
import { checkDrawing, type Drawing, type Rect } from '@flowsmith/layout';
import { exportBpmn } from '@flowsmith/bpmn';

const examples = join(import.meta.dirname, '../../examples');

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const num = (tag: string, name: string): number => Number(attr(tag, name));

/**
 * The picture an exported BPMN file draws, read back from its XML: lane and step shapes, which
 * lane lists which step, and each sequence flow's waypoints. Steps no lane lists (gateways,
 * events) are checked against the lane they are drawn in.
 */
function drawingOfBpmn(xml: string): Drawing {
  const shapes = new Map<string, Rect>();
  for (const m of xml.matchAll(/<bpmndi:BPMNShape\b([^>]*)>\s*<dc:Bounds\b([^>]*)\/>/g)) {
    const b = m[2]!;
    shapes.set(attr(m[1]!, 'bpmnElement')!, {
      x: num(b, 'x'),
      y: num(b, 'y'),
      width: num(b, 'width'),
      height: num(b, 'height'),
    });
  }
  const laneOf = new Map<string, string>();
  const laneIds: string[] = [];
  for (const m of xml.matchAll(/<bpmn:lane\b([^>]*)>([\s\S]*?)<\/bpmn:lane>/g)) {
    const id = attr(m[1]!, 'id')!;
    laneIds.push(id);
    for (const r of m[2]!.matchAll(/<bpmn:flowNodeRef>([^<]+)<\/bpmn:flowNodeRef>/g))
      laneOf.set(r[1]!, id);
  }
  const bands = laneIds.map((id) => ({ roleId: id, ...shapes.get(id)! }));
  const within = (box: Rect) =>
    bands.find((b) => box.y >= b.y - 0.5 && box.y + box.height <= b.y + b.height + 0.5)?.roleId;
  const flows: Drawing['flows'][number][] = [];
  const ends = new Map<string, { from: string; to: string }>();
  for (const m of xml.matchAll(/<bpmn:sequenceFlow\b([^>]*)>/g))
    ends.set(attr(m[1]!, 'id')!, {
      from: attr(m[1]!, 'sourceRef')!,
      to: attr(m[1]!, 'targetRef')!,
    });
  for (const m of xml.matchAll(/<bpmndi:BPMNEdge\b([^>]*)>([\s\S]*?)<\/bpmndi:BPMNEdge>/g)) {
    const id = attr(m[1]!, 'bpmnElement')!;
    const e = ends.get(id);
    if (!e) continue;
    const points = [...m[2]!.matchAll(/<di:waypoint\b([^>]*)\/>/g)].map((w) => ({
      x: num(w[1]!, 'x'),
      y: num(w[1]!, 'y'),
    }));
    flows.push({ id, ...e, points });
  }
  const stepIds = new Set([...ends.values()].flatMap((e) => [e.from, e.to]));
  const steps = [...stepIds].flatMap((id) => {
    const box = shapes.get(id);
    return box ? [{ id, lane: laneOf.get(id) ?? within(box) ?? '(none)', box }] : [];
  });
  return { bands, steps, flows };
}

const documents: Array<[string, ProcessDocument]> = [
  ...readdirSync(examples)
    .filter((f) => f.endsWith('.flow.json'))
    .map((f): [string, ProcessDocument] => {
      const r = parseProcessJson(readFileSync(join(examples, f), 'utf8'));
      if (!r.ok) throw new Error(`${f} does not parse`);
      return [f, r.document];
    }),
  ...Object.entries(gallery).filter(([, d]) => d.roles.length > 0),
];

describe('the exported diagram is the one picture of the process', () => {
  it.each(documents)('%s: every step inside its lane, no flow through a step', async (_, doc) => {
    const drawing = drawingOfBpmn(await exportBpmn(doc));
    expect(drawing.steps.length).toBeGreaterThan(0);
    // Rounding to whole units in the XML is forgiven.
    expect(checkDrawing(drawing, { tolerance: 1 })).toEqual([]);
  });
});
