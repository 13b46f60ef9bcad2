import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { build, gallery, type ProcessDocument } from '@flowsmith/model';
import { analyze } from './analyze';
import { rules } from './rules';
import { applySuggestion } from './suggestions/applySuggestion';

describe('analyze', () => {
  it('returns metrics and findings, most severe first, with stable ids', () => {
    const r = analyze(gallery.unfinished);
    const order = { error: 0, warning: 1, info: 2 };
    const sev = r.findings.map((f) => order[f.severity]);
    expect(sev).toEqual([...sev].sort((a, b) => a - b));
    expect(analyze(gallery.unfinished).findings.map((f) => f.id)).toEqual(
      r.findings.map((f) => f.id),
    );
    expect(new Set(r.findings.map((f) => f.id)).size).toBe(r.findings.length);
  });

  it('finds nothing wrong with the clean gallery processes', () => {
    for (const name of [
      'sequence3',
      'mm1',
      'xorSplitJoin',
      'andSplitJoin',
      'tandem2',
      'nestedParallel',
    ] as const) {
      const bad = analyze(gallery[name]).findings.filter((f) => f.severity !== 'info');
      expect(bad, name).toEqual([]);
    }
  });

  it('writes messages in the language asked for', () => {
    const zh = analyze(gallery.deadlockAfterXor, { lang: 'zh-CN' }).findings[0]!;
    expect(zh.message).toMatch(/并行汇聚/);
    expect(analyze(gallery.deadlockAfterXor).findings[0]!.message).toMatch(/parallel join/);
  });

  it('attaches suggestions that apply as model commands, with predicted effects on request', () => {
    const r = analyze(gallery.doubleApproval, { effects: true });
    const s = r.findings.find((f) => f.kind === 'redundant-approval')!.suggestions[0]!;
    expect(s.move).toBe('eliminate');
    expect(s.effect!.cycleTimeMean).toBeLessThan(0);
    expect(s.effect!.costPerCase).toBeCloseTo(-(5 * 150) / 60, 9);
    const applied = applySuggestion(gallery.doubleApproval, s);
    expect(applied.ok && applied.document.steps.some((x) => x.id === 'approve2')).toBe(false);
    expect(
      analyze(gallery.doubleApproval, { suggestions: false }).findings.every(
        (f) => f.suggestions.length === 0,
      ),
    ).toBe(true);
  });

  it('never suggests removing a control step', () => {
    const doc = {
      ...gallery.doubleApproval,
      steps: gallery.doubleApproval.steps.map((s) =>
        s.id === 'approve2' ? { ...s, control: true, value: 'NVA' as const } : s,
      ),
    };
    const moves = analyze(doc).findings.flatMap((f) => f.suggestions);
    expect(
      moves.some((m) =>
        m.commands.some((c) => c.id === 'steps.remove' && c.params.ids.includes('approve2')),
      ),
    ).toBe(false);
  });

  it('includes a resolved subprocess', () => {
    const r = analyze(gallery.withSubprocess, {
      resolveProcess: (id) => (id === 'sequence3' ? gallery.sequence3 : undefined),
    });
    expect(r.findings.some((f) => f.kind === 'subprocess-unresolved')).toBe(false);
    expect(r.metrics.steps.sub!.serviceMean).toBeCloseTo(6, 9);
  });

  it('every rule reports only kinds it declares', () => {
    for (const doc of Object.values(gallery)) {
      const kinds = new Set(analyze(doc).findings.map((f) => f.kind));
      for (const k of kinds)
        expect(
          rules.some((r) => r.kinds.includes(k)),
          k,
        ).toBe(true);
    }
  });

  it('takes hostile names and ids as plain text', () => {
    const { processOf, start, end, task, chain, role } = build;
    const doc = processOf('hostile', {
      roles: [role('__proto__', 1, 10)],
      steps: [
        start('constructor', 5),
        task('toString', '__proto__', 4, { name: '<script>alert(1)</script>', value: 'NVA' }),
        task('hasOwnProperty', '__proto__', 4, { name: '<script>alert(1)</script> 🧾' }),
        end('valueOf'),
      ],
      flows: chain('constructor', 'toString', 'hasOwnProperty', 'valueOf'),
    });
    const r = analyze(doc, { effects: true });
    expect(Object.keys(r.metrics.roles)).toEqual(['__proto__']);
    expect(r.metrics.roles['__proto__']!.utilization).toBeCloseTo(1.6, 9);
    expect(r.findings.find((f) => f.kind === 'overload')!.roles).toEqual(['__proto__']);
    expect(r.findings.find((f) => f.kind === 'non-value-adding')!.message).toContain(
      '“<script>alert(1)</script>”',
    );
  });

  it('never throws on random graphs, and keeps visits and utilisation non-negative', () => {
    const arb = fc.record({
      n: fc.integer({ min: 1, max: 12 }),
      edges: fc.array(
        fc.tuple(fc.nat(13), fc.nat(13), fc.double({ min: 0, max: 1, noNaN: true })),
        { maxLength: 30 },
      ),
      types: fc.array(fc.constantFrom('task', 'xor', 'and', 'timer'), {
        minLength: 12,
        maxLength: 12,
      }),
    });
    fc.assert(
      fc.property(arb, ({ n, edges, types }) => {
        const { processOf, start, end, task, gate, flow, role } = build;
        const ids = Array.from({ length: n }, (_, i) => `s${i}`);
        const steps = ids.map((id, i) =>
          types[i] === 'task'
            ? task(id, 'r', 1 + i)
            : types[i] === 'timer'
              ? { id, type: 'timer' as const, name: id, duration: build.fixed(3) }
              : gate(id, types[i] as 'xor' | 'and'),
        );
        const all = ['start', ...ids, 'end'];
        const flows = edges.map(([a, b, p], k) =>
          flow(all[a % all.length]!, all[b % all.length]!, { id: `f${k}`, probability: p }),
        );
        const doc: ProcessDocument = processOf('rand', {
          roles: [role('r', 2)],
          steps: [start('start', 30), ...steps, end()],
          flows,
        });
        const r = analyze(doc);
        for (const m of Object.values(r.metrics.steps))
          expect(m.visits >= 0 || Number.isNaN(m.visits)).toBe(true);
        for (const m of Object.values(r.metrics.steps)) expect(Number.isNaN(m.visits)).toBe(false);
        expect(r.metrics.roles.r!.utilization).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });
});
