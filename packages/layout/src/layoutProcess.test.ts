import { describe, it, expect } from 'vitest';
import { build, gallery, generateProcess, type ProcessDocument } from '@flowsmith/model';
import { layoutProcess } from './layoutProcess';
import { laneGeometry } from './laneGeometry';
import { stepSize } from './stepSize';
import type { LayoutResult } from './types';

const { processOf, start, end, task, gate, chain, flow, role } = build;

function boxes(doc: ProcessDocument, r: LayoutResult) {
  return doc.steps
    .filter((s) => r.positions[s.id])
    .map((s) => {
      const p = r.positions[s.id]!;
      const { width, height } = stepSize(s);
      return {
        id: s.id,
        x0: p.x - width / 2,
        x1: p.x + width / 2,
        y0: p.y - height / 2,
        y1: p.y + height / 2,
      };
    });
}

function overlaps(doc: ProcessDocument, r: LayoutResult): string[] {
  const b = boxes(doc, r);
  const out: string[] = [];
  for (let i = 0; i < b.length; i++)
    for (let j = i + 1; j < b.length; j++) {
      const p = b[i]!;
      const q = b[j]!;
      if (p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1) out.push(`${p.id}/${q.id}`);
    }
  return out;
}

/** Steps whose box (at the layout's own positions, unshifted) is not wholly inside their lane. */
function inOwnLane(doc: ProcessDocument, r: LayoutResult): string[] {
  const lanes = laneGeometry(doc, { positions: r.positions }).membership;
  return boxes(doc, r)
    .filter((b) => {
      const band = r.lanes.find((l) => l.roleId === lanes.get(b.id));
      return (
        !band ||
        b.y0 < band.y ||
        b.y1 > band.y + band.height ||
        b.x0 < band.x ||
        b.x1 > band.x + band.width
      );
    })
    .map((b) => b.id);
}

describe('layoutProcess on the gallery', () => {
  for (const [name, doc] of Object.entries(gallery)) {
    it(`${name}: every step placed, no overlaps, each in its lane, lanes in role order`, async () => {
      const r = await layoutProcess(doc);
      expect(Object.keys(r.positions).sort()).toEqual(doc.steps.map((s) => s.id).sort());
      expect(overlaps(doc, r)).toEqual([]);
      expect(inOwnLane(doc, r)).toEqual([]);
      const roleLanes = r.lanes.filter((l) => l.roleId !== null).map((l) => l.roleId);
      expect(roleLanes).toEqual(doc.roles.map((x) => x.id));
      for (let i = 1; i < r.lanes.length; i++)
        expect(r.lanes[i]!.y).toBeCloseTo(r.lanes[i - 1]!.y + r.lanes[i - 1]!.height);
    });
  }

  it('lays out a generated 200-step process: no overlaps, every step in its lane, deterministic', async () => {
    const doc = generateProcess({ steps: 200, seed: 7 });
    const r = await layoutProcess(doc);
    expect(Object.keys(r.positions)).toHaveLength(doc.steps.length);
    expect(overlaps(doc, r)).toEqual([]);
    expect(inOwnLane(doc, r)).toEqual([]);
    expect(await layoutProcess(doc)).toEqual(r);
  });

  it('is deterministic: the same document gives the same layout', async () => {
    const a = await layoutProcess(gallery.nestedParallel);
    const b = await layoutProcess(
      JSON.parse(JSON.stringify(gallery.nestedParallel)) as ProcessDocument,
    );
    expect(b).toEqual(a);
  });

  it('reads left to right: every flow of a sequence goes rightwards', async () => {
    const r = await layoutProcess(gallery.doubleApproval);
    for (const f of gallery.doubleApproval.flows)
      expect(r.positions[f.to]!.x).toBeGreaterThan(r.positions[f.from]!.x);
  });

  it('vertical: flows go downwards, lanes are columns in role order', async () => {
    const doc = gallery.andSplitJoin;
    const r = await layoutProcess(doc, { orientation: 'vertical' });
    for (const f of doc.flows) expect(r.positions[f.to]!.y).toBeGreaterThan(r.positions[f.from]!.y);
    expect(r.lanes.map((l) => l.roleId)).toEqual(doc.roles.map((x) => x.id));
    for (let i = 1; i < r.lanes.length; i++)
      expect(r.lanes[i]!.x).toBeGreaterThan(r.lanes[i - 1]!.x);
    expect(overlaps(doc, r)).toEqual([]);
  });

  it('does not change the document', async () => {
    const doc = JSON.parse(JSON.stringify(gallery.reworkLoop)) as ProcessDocument;
    await layoutProcess(doc);
    expect(doc).toEqual(gallery.reworkLoop);
  });
});

describe('layoutProcess with only', () => {
  it('keeps the other steps where they were and places the new ones without overlap', async () => {
    const full = await layoutProcess(gallery.doubleApproval);
    const doc: ProcessDocument = {
      ...gallery.doubleApproval,
      steps: gallery.doubleApproval.steps.map((s) =>
        s.id === 'check' || s.id === 'approve2' ? s : { ...s, position: full.positions[s.id]! },
      ),
    };
    const r = await layoutProcess(doc, { only: ['check', 'approve2'] });
    for (const s of doc.steps) if (s.position) expect(r.positions[s.id]).toEqual(s.position);
    expect(r.positions.check).toBeDefined();
    expect(r.positions.approve2!.x).toBeGreaterThan(r.positions.check!.x);
    expect(overlaps(doc, r)).toEqual([]);
  });

  it('puts steps that had no position after the rest', async () => {
    const base = processOf('p', {
      roles: [role('clerk')],
      steps: [
        { ...start(), position: { x: 100, y: 80 } },
        { ...task('a', 'clerk'), position: { x: 200, y: 80 } },
        task('b', 'clerk'),
        end(),
      ],
      flows: chain('start', 'a', 'b', 'end'),
    });
    const r = await layoutProcess(base, { only: ['b', 'end'] });
    expect(r.positions.start).toEqual({ x: 100, y: 80 });
    expect(r.positions.b!.x).toBeGreaterThan(250);
    expect(r.positions.end!.x).toBeGreaterThan(r.positions.b!.x);
    expect(overlaps(base, r)).toEqual([]);
  });
});

describe('layoutProcess on awkward documents', () => {
  it('lays out a document without roles without lanes, and routes its flows', async () => {
    const doc = processOf('p', {
      steps: [start(), gate('g', 'and'), end()],
      flows: chain('start', 'g', 'end'),
    });
    const r = await layoutProcess(doc);
    expect(r.lanes).toHaveLength(0);
    expect(r.routes.size).toBe(2);
  });

  it('copes with hostile ids and names', async () => {
    const doc = processOf('p', {
      roles: [role('__proto__'), role('constructor')],
      steps: [
        start('toString'),
        task('__proto__', '__proto__', 1, { name: '<script>alert(1)</script>' }),
        task('🙂', 'constructor'),
        end('hasOwnProperty'),
      ],
      flows: [...chain('toString', '__proto__', '🙂', 'hasOwnProperty'), flow('🙂', '🙂')],
    });
    const r = await layoutProcess(doc);
    expect(Object.keys(r.positions)).toHaveLength(4);
    expect(Object.hasOwn(r.positions, '__proto__')).toBe(true);
    expect(overlaps(doc, r)).toEqual([]);
  });

  it('lays out an empty document', async () => {
    const r = await layoutProcess(processOf('p', { steps: [], flows: [] }));
    expect(r.positions).toEqual({});
  });
});
