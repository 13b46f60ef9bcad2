import { describe, expect, it } from 'vitest';
import { build } from '@flowsmith/model';
import { checkDrawing } from './checkDrawing';
import { laneGeometry, type LaneGeometry } from './laneGeometry';

const { processOf, task, gate, start, chain, role } = build;

const inside = (g: LaneGeometry) =>
  checkDrawing({
    bands: g.bands,
    steps: [...g.placements].map(([id, box]) => ({ id, lane: g.membership.get(id) ?? null, box })),
    flows: [],
  });

describe('laneGeometry', () => {
  const roles = [role('a'), role('b')];

  it('shifts a lane whose rows reach into the lane before it, so no step straddles two lanes', () => {
    const doc = processOf('p', {
      roles,
      steps: [task('a1', 'a'), task('b1', 'b')],
      flows: chain('a1', 'b1'),
    });
    // b1 sits level with a1: rows interleave.
    const g = laneGeometry(doc, { positions: { a1: { x: 100, y: 100 }, b1: { x: 300, y: 90 } } });
    expect(inside(g)).toEqual([]);
    expect(g.shifts.get('b')).toBeGreaterThan(0);
    expect(g.offsets.get('b1')).toEqual({ x: 0, y: g.shifts.get('b') });
    expect(g.offsets.has('a1')).toBe(false);
    expect(g.bands[1]!.y).toBe(g.bands[0]!.y + g.bands[0]!.height);
  });

  it('draws a role-less gateway far from its neighbours in their lane without stretching it', () => {
    const doc = processOf('p', {
      roles,
      steps: [task('a1', 'a'), gate('g', 'xor'), task('a2', 'a'), task('b1', 'b')],
      flows: chain('a1', 'g', 'a2'),
    });
    const positions = {
      a1: { x: 100, y: 100 },
      g: { x: 250, y: 900 },
      a2: { x: 400, y: 100 },
      b1: { x: 100, y: 260 },
    };
    const g = laneGeometry(doc, { positions });
    expect(g.membership.get('g')).toBe('a');
    expect(inside(g)).toEqual([]);
    const [a] = g.bands;
    expect(a!.height).toBe(160); // one row: not stretched down to the gateway
    expect(g.offsets.get('g')!.y).toBeLessThan(0);
  });

  it('keeps a decision between two lanes in the one it sits in', () => {
    const doc = processOf('p', {
      roles,
      steps: [task('a1', 'a'), gate('g', 'xor'), task('b1', 'b')],
      flows: chain('a1', 'g', 'b1'),
    });
    const at = (y: number) =>
      laneGeometry(doc, {
        positions: { a1: { x: 100, y: 100 }, g: { x: 250, y }, b1: { x: 400, y: 260 } },
      }).membership.get('g');
    expect(at(100)).toBe('a');
    expect(at(260)).toBe('b');
  });

  it('puts a step without neighbours in the lane it sits in; no lanes without roles', () => {
    const doc = processOf('p', {
      roles,
      steps: [task('a1', 'a'), task('b1', 'b'), start()],
      flows: [],
    });
    const g = laneGeometry(doc, {
      positions: { a1: { x: 100, y: 100 }, b1: { x: 100, y: 260 }, start: { x: 0, y: 250 } },
    });
    expect(g.membership.get('start')).toBe('b');
    expect(g.bands.some((b) => b.roleId === null)).toBe(false);
    const none = processOf('p', { steps: [{ ...start(), position: { x: 0, y: 0 } }], flows: [] });
    expect(laneGeometry(none).bands).toEqual([]);
    expect(laneGeometry(none).placements.get('start')).toEqual({
      x: -18,
      y: -18,
      width: 36,
      height: 36,
    });
  });

  it('lays lanes side by side when vertical, and stretches them to minLength', () => {
    const doc = processOf('p', {
      roles,
      steps: [task('a1', 'a'), task('b1', 'b')],
      flows: chain('a1', 'b1'),
    });
    const g = laneGeometry(doc, {
      orientation: 'vertical',
      minLength: 1200,
      positions: { a1: { x: 100, y: 100 }, b1: { x: 120, y: 300 } },
    });
    expect(inside(g)).toEqual([]);
    expect(g.bands[0]!.x + g.bands[0]!.width).toBe(g.bands[1]!.x);
    expect(g.bands[0]!.height).toBe(1200);
  });
});
