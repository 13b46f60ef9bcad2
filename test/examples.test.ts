import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  arrivalInterarrival,
  buildGraph,
  canReachAny,
  distributionMean,
  exploreStates,
  parseProcess,
  reachableFrom,
  type ProcessDocument,
  type TaskStep,
} from '@flowsmith/model';

// The examples are what a new user opens first and what the benchmarks and end-to-end tests load:
// they must parse, be tidy and carry the waste (as-is) or not carry it (to-be) that the README claims.
const dir = fileURLToPath(new URL('../examples/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.flow.json'));
const docs = new Map<string, { file: string; doc: ProcessDocument }>();
for (const file of files) {
  const result = parseProcess(JSON.parse(readFileSync(dir + file, 'utf8')));
  if (!result.ok)
    throw new Error(`${file}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  docs.set(result.document.id, { file, doc: result.document });
}
const all = [...docs.values()];
const isAsIs = (doc: ProcessDocument) => doc.id.endsWith('-as-is');
const tasks = (doc: ProcessDocument) => doc.steps.filter((s): s is TaskStep => s.type === 'task');

/** Expected visits per step (a case's mean number of passes), by fixed-point iteration. */
function visits(doc: ProcessDocument): Map<string, number> {
  const graph = buildGraph(doc);
  const v = new Map(doc.steps.map((s) => [s.id, s.type === 'start' ? 1 : 0]));
  for (let round = 0; round < 500; round++) {
    for (const step of doc.steps) {
      if (step.type === 'start') continue;
      const incoming = graph.incoming(step.id);
      const isJoin = step.type === 'and' && incoming.length > 1;
      const along = (f: (typeof incoming)[number]) =>
        v.get(f.from)! *
        (graph.step(f.from)?.type === 'xor' && graph.outgoing(f.from).length > 1
          ? (f.probability ?? 0)
          : 1);
      // a join fires once per set of branch tokens: count one branch only
      const sum = isJoin ? along(incoming[0]!) : incoming.reduce((acc, f) => acc + along(f), 0);
      v.set(step.id, sum);
    }
  }
  return v;
}

/** Utilisation per role: arrival rate × mean work per case ÷ capacity. */
function utilisation(doc: ProcessDocument): Map<string, number> {
  const start = doc.steps.find((s) => s.type === 'start');
  const interarrival =
    start?.type === 'start' ? arrivalInterarrival(start.arrival, doc.calendars) : undefined;
  if (!interarrival) throw new Error(`${doc.id}: the start step has no arrival`);
  const rate = 1 / distributionMean(interarrival);
  const v = visits(doc);
  return new Map(
    doc.roles.map((role) => {
      const work = tasks(doc)
        .filter((t) => t.role === role.id && t.duration)
        .reduce((acc, t) => acc + v.get(t.id)! * distributionMean(t.duration!), 0);
      return [role.id, (rate * work) / (role.capacity ?? 1)];
    }),
  );
}

describe('examples/', () => {
  it('holds at least eight examples, each named after its id', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const { file, doc } of all) expect(file).toBe(`${doc.id}.flow.json`);
  });

  it('holds the Chinese and English examples the README describes', () => {
    for (const id of [
      'purchase-approval-as-is',
      'purchase-approval-to-be',
      'customer-complaint',
      'employee-onboarding',
      'expense-reimbursement-as-is',
      'expense-reimbursement-to-be',
    ])
      expect(docs.get(id)?.doc.language, id).toBe('zh-CN');
    for (const id of ['order-to-cash', 'it-incident-management'])
      expect(docs.get(id)?.doc.language, id).toBe('en');
  });

  describe.each(all.map(({ file, doc }) => [file, doc] as const))('%s', (_file, doc) => {
    const graph = buildGraph(doc);
    const starts = doc.steps.filter((s) => s.type === 'start');

    it('has 8–40 steps and 3–7 roles', () => {
      expect(doc.steps.length).toBeGreaterThanOrEqual(8);
      expect(doc.steps.length).toBeLessThanOrEqual(40);
      expect(doc.roles.length).toBeGreaterThanOrEqual(3);
      expect(doc.roles.length).toBeLessThanOrEqual(7);
    });

    it('gives every task a known role, a duration, instructions and cautions', () => {
      const roleIds = new Set(doc.roles.map((r) => r.id));
      for (const t of tasks(doc)) {
        expect(roleIds.has(t.role ?? ''), t.id).toBe(true);
        expect(t.duration, t.id).toBeDefined();
        expect(t.instructions?.length, t.id).toBeGreaterThan(0);
        expect(t.cautions?.length, t.id).toBeGreaterThan(0);
        expect(t.value, t.id).toBeDefined();
      }
    });

    it('gives every role work to do', () => {
      for (const role of doc.roles)
        expect(
          tasks(doc).some((t) => t.role === role.id),
          role.id,
        ).toBe(true);
    });

    it('has one start, and every step is reachable from it and can reach an end', () => {
      expect(starts).toHaveLength(1);
      const reached = reachableFrom(graph, [starts[0]!.id]);
      const finishing = canReachAny(
        graph,
        doc.steps.filter((s) => s.type === 'end').map((s) => s.id),
      );
      for (const s of doc.steps) {
        expect(reached.has(s.id), `${s.id} reachable`).toBe(true);
        expect(finishing.has(s.id), `${s.id} reaches an end`).toBe(true);
      }
    });

    it('is sound under the reference token game: every case can finish, no dead step', () => {
      const game = exploreStates(doc);
      expect(game.truncated).toBe(false);
      expect(game.alwaysCompletable).toBe(true);
      expect(game.deadlockCount).toBe(0);
      expect(game.unsafeFlows).toEqual([]);
      expect(game.neverEnabled).toEqual([]);
    });

    it('has xor splits whose probabilities sum to 1, each with one default flow', () => {
      for (const s of doc.steps.filter((x) => x.type === 'xor')) {
        const out = graph.outgoing(s.id);
        if (out.length < 2) continue;
        const sum = out.reduce((acc, f) => acc + (f.probability ?? Number.NaN), 0);
        expect(Math.abs(sum - 1), s.id).toBeLessThanOrEqual(1e-9);
        expect(out.filter((f) => f.default).length, s.id).toBe(1);
        for (const f of out) expect(f.condition, f.id).toBeDefined();
      }
    });

    it('has no gateway with one way in and one way out', () => {
      for (const s of doc.steps.filter((x) => x.type === 'xor' || x.type === 'and')) {
        const ways = graph.incoming(s.id).length + graph.outgoing(s.id).length;
        expect(ways, s.id).toBeGreaterThan(2);
      }
    });

    it('lays every task out in its role’s lane, left to right', () => {
      const lane = new Map(doc.roles.map((r, i) => [r.id, i]));
      for (const s of doc.steps) expect(s.position, s.id).toBeDefined();
      for (const t of tasks(doc)) {
        const top = 40 + lane.get(t.role!)! * 160;
        expect(t.position!.y, t.id).toBeGreaterThanOrEqual(top);
        expect(t.position!.y, t.id).toBeLessThan(top + 160);
      }
      const end = doc.steps.find((s) => s.type === 'end')!;
      expect(end.position!.x).toBeGreaterThan(starts[0]!.position!.x);
    });

    it('works office hours: every role and the arrivals on Mon–Fri 09:00–18:00, Asia/Shanghai', () => {
      const office = doc.calendars?.find((c) => c.id === 'office');
      expect(office).toMatchObject({
        timezone: 'Asia/Shanghai',
        week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' }],
      });
      for (const role of doc.roles) expect(role.calendar, role.id).toBe('office');
      for (const s of starts)
        expect(s.type === 'start' && s.arrival?.calendar, s.id).toBe('office');
    });

    it('keeps every role below full utilisation, so it can be simulated', () => {
      for (const [role, rho] of utilisation(doc)) expect(rho, role).toBeLessThan(1);
    });

    // As-is examples carry this waste on purpose (see the as-is checks below).
    if (!isAsIs(doc))
      it('is well formed: no overloaded role, no wait, no back-to-back work by one role', () => {
        for (const [role, rho] of utilisation(doc)) expect(rho, role).toBeLessThan(0.85);
        for (const f of doc.flows) {
          const from = graph.step(f.from);
          const to = graph.step(f.to);
          if (from?.type === 'task' && to?.type === 'task')
            expect(from.role, f.id).not.toBe(to.role);
        }
      });
  });

  describe.each(all.filter(({ doc }) => isAsIs(doc)).map(({ doc }) => [doc.id, doc] as const))(
    'as-is %s',
    (_id, doc) => {
      it('carries the workshop waste: NVA steps, a wait, a rework loop and an overloaded role', () => {
        expect(tasks(doc).filter((t) => t.value === 'NVA').length).toBeGreaterThanOrEqual(3);
        expect(doc.steps.some((s) => s.type === 'timer')).toBe(true);
        expect(Math.max(...visits(doc).values())).toBeGreaterThan(1);
        const peak = Math.max(...utilisation(doc).values());
        expect(peak).toBeGreaterThanOrEqual(0.85);
        expect(peak).toBeLessThanOrEqual(0.95);
      });

      it('has the same check done twice by two roles (same inputs and outputs)', () => {
        const key = (t: TaskStep) =>
          `${[...(t.inputs ?? [])].sort()}→${[...(t.outputs ?? [])].sort()}`;
        const checks = tasks(doc).filter((t) => t.kind === 'review' || t.kind === 'approval');
        const twice = checks.some((a) =>
          checks.some(
            (b) => a !== b && a.role !== b.role && key(a) === key(b) && (a.inputs ?? []).length > 0,
          ),
        );
        expect(twice).toBe(true);
      });
    },
  );

  describe.each(all.filter(({ doc }) => doc.derivedFrom).map(({ doc }) => [doc.id, doc] as const))(
    'to-be %s',
    (_id, doc) => {
      const asIs = docs.get(doc.derivedFrom!)?.doc;

      it('derives from an existing as-is example', () => {
        expect(asIs).toBeDefined();
        expect(isAsIs(asIs!)).toBe(true);
      });

      it('removes the waste: fewer NVA steps, no wait, lower peak utilisation, controls kept', () => {
        const nva = (d: ProcessDocument) => tasks(d).filter((t) => t.value === 'NVA').length;
        expect(nva(doc)).toBeLessThan(nva(asIs!));
        expect(doc.steps.some((s) => s.type === 'timer')).toBe(false);
        expect(Math.max(...utilisation(doc).values())).toBeLessThan(
          Math.max(...utilisation(asIs!).values()),
        );
        expect(tasks(doc).some((t) => t.kind === 'system')).toBe(true);
        expect(tasks(doc).some((t) => t.control)).toBe(true);
      });
    },
  );
});
