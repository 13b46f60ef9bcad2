import { describe, expect, it } from 'vitest';
import type { ProcessDocument } from '@flowsmith/model';
import { gatewayNameSide, GATEWAY_NAME_SIDES, gatewayNameBox } from './gatewayNameSide';
import { measure } from './wrapText';
import { ObstacleGrid } from './obstacleGrid';
import { renderFlowchart } from './renderFlowchart';
import { PRINT_TEXT, SCREEN_TEXT } from './stepShape';

const OFFSETS = { shift: 10, gap: 6, side: 6 };
const gateway = { x: 100, y: 100, width: 50, height: 50 };
const label = { width: 90, height: 14 };
const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('gatewayNameSide', () => {
  it('keeps the name above and to the right when nothing is there', () => {
    const { side, box } = gatewayNameSide(gateway, label, [], OFFSETS);
    expect(side).toBe('above-right');
    expect(box).toEqual({ x: 135, y: 80, width: 90, height: 14 });
  });

  it('moves the name off a task placed right next to the gateway', () => {
    // A task box whose top-left corner is where the name would go (up and to the right).
    const task = { x: 190, y: 60, width: 100, height: 80 };
    const { side, box } = gatewayNameSide(gateway, label, [task], OFFSETS);
    expect(side).not.toBe('above-right');
    expect(overlaps(box, task)).toBe(false);
    expect(side).toBe('below-right');
  });

  it('moves the name off its own flow label, then off a task below', () => {
    const flowLabel = { x: 160, y: 82, width: 70, height: 15 };
    const below = { x: 150, y: 160, width: 100, height: 80 };
    expect(gatewayNameSide(gateway, label, [flowLabel], OFFSETS).side).toBe('below-right');
    expect(gatewayNameSide(gateway, label, [flowLabel, below], OFFSETS).side).toBe('above-left');
  });

  it('takes the side covering least when no side is free, deterministically', () => {
    const all = GATEWAY_NAME_SIDES.map((s) => gatewayNameBox(s, gateway, label, OFFSETS));
    // Everything covered, the left side only by a sliver.
    const obstacles = all.map((b, i) =>
      GATEWAY_NAME_SIDES[i] === 'left' ? { ...b, width: 2 } : b,
    );
    const first = gatewayNameSide(gateway, label, obstacles, OFFSETS);
    expect(first.side).toBe('left');
    expect(gatewayNameSide(gateway, label, obstacles, OFFSETS)).toEqual(first);
  });
});

describe('gatewayNamePlaces in the flowchart', () => {
  const doc: ProcessDocument = {
    formatVersion: 1,
    name: 'Credit',
    roles: [{ id: 'r', name: 'Officer' }],
    steps: [
      { id: 's', type: 'start', name: 'Start', position: { x: 40, y: 100 } },
      { id: 'g', type: 'xor', name: 'lending decision?', position: { x: 140, y: 100 } },
      { id: 't', type: 'task', name: 'Make credit offer', role: 'r', position: { x: 260, y: 60 } },
      { id: 'u', type: 'task', name: 'Reject', role: 'r', position: { x: 260, y: 220 } },
    ],
    flows: [
      { id: 'f1', from: 's', to: 'g' },
      { id: 'f2', from: 'g', to: 't', label: 'granted' },
      { id: 'f3', from: 'g', to: 'u', label: 'denied' },
    ],
  } as unknown as ProcessDocument;

  it('draws no gateway name over a step box or a step number', () => {
    for (const text of [SCREEN_TEXT, PRINT_TEXT]) {
      const numbers = new Map([
        ['t', '1'],
        ['u', '2'],
      ]);
      const chart = renderFlowchart(
        doc,
        Object.fromEntries(doc.steps.map((s) => [s.id, s.position!])),
        () => 'Officer',
        { text, numbers },
      );
      const name = drawnName(chart.svg, 'g', text.label);
      const boxes = chart.boxes!;
      for (const id of ['s', 't', 'u']) {
        const b = boxes.get(id)!;
        const badge = numbers.has(id) ? text.badge + 6 : 0;
        const withNumber = { ...b, y: b.y - badge, height: b.height + badge };
        expect(overlaps(name, withNumber), `${id} at ${text.label}`).toBe(false);
      }
      // Nor over a flow label.
      for (const l of chart.parts!.layers[2]!)
        expect(overlaps(name, l.box), JSON.stringify([name, l.box])).toBe(false);
    }
  });
});

/** The box a gateway's drawn name covers, read back from the SVG (one line, as here). */
function drawnName(svg: string, id: string, size: number) {
  const g = svg.split('\n').find((l) => l.includes(`data-step="${id}"`))!;
  const anchor =
    /text-anchor="(\w+)" fill="#1f2933"><tspan x="([\d.-]+)" y="([\d.-]+)">([^<]*)</.exec(g)!;
  const width = measure(anchor[4]!, size);
  const x = Number(anchor[2]);
  const left = anchor[1] === 'start' ? x : anchor[1] === 'end' ? x - width : x - width / 2;
  return { x: left, y: Number(anchor[3]) - size, width, height: size + 3 };
}

describe('ObstacleGrid', () => {
  it('finds the boxes near a place, each once, leaving out the step asked about', () => {
    const grid = new ObstacleGrid();
    const wide = { x: 150, y: 150, width: 300, height: 20 };
    grid.add(wide);
    grid.add({ x: 100, y: 100, width: 50, height: 50 }, 'g');
    grid.add({ x: 5000, y: 5000, width: 10, height: 10 });
    expect(grid.near({ x: 0, y: 0, width: 500, height: 500 }, 'g')).toEqual([wide]);
    expect(grid.near({ x: 0, y: 0, width: 500, height: 500 })).toHaveLength(2);
  });
});
