/**
 * A fast-check generator of block-structured processes for the equivalence tests (SPEC.md CM-EQ):
 * sequences, xor and or blocks (decided by conditions over `v` or left to a choice), and-blocks
 * with nested branches, loops, and exits to a terminate end. Test support only; not exported
 * from the package.
 *
 *   block := task | seq(block, block…) | xor[mode](block | empty, …) | or[mode](block | empty, …)
 *          | and(block | empty, …) | loop(block) | exit[mode] (xor: → task → terminate end | go on)
 *   process := (o) -> block -> (o)
 */
import fc from 'fast-check';
import { build, type Flow, type ProcessDocument, type Step } from '@flowsmith/model';

/** A block of a block-structured process. */
export type Block =
  | { kind: 'task' }
  | { kind: 'empty' }
  | { kind: 'seq'; items: Block[] }
  | { kind: 'xor'; mode: 'choice' | 'condition'; thresholds: number[]; branches: Block[] }
  | {
      kind: 'or';
      mode: 'choice' | 'condition';
      thresholds: number[];
      branches: Block[];
      withDefault: boolean;
    }
  | { kind: 'and'; branches: Block[] }
  | { kind: 'loop'; body: Block }
  | { kind: 'exit'; mode: 'choice' | 'condition'; threshold: number };

const { block } = fc.letrec<{ block: Block; branch: Block }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant<Block>({ kind: 'task' }),
    fc.record({
      kind: fc.constant('seq' as const),
      items: fc.array(tie('block'), { minLength: 2, maxLength: 3 }),
    }),
    fc.record({
      kind: fc.constant('xor' as const),
      mode: fc.constantFrom('choice' as const, 'condition' as const),
      thresholds: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
      branches: fc.array(tie('branch'), { minLength: 2, maxLength: 3 }),
    }),
    fc.record({
      kind: fc.constant('and' as const),
      branches: fc.array(tie('branch'), { minLength: 2, maxLength: 3 }),
    }),
    fc.record({
      kind: fc.constant('or' as const),
      mode: fc.constantFrom('choice' as const, 'condition' as const),
      thresholds: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
      branches: fc.array(tie('branch'), { minLength: 2, maxLength: 3 }),
      withDefault: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('loop' as const), body: tie('block') }),
    fc.record({
      kind: fc.constant('exit' as const),
      mode: fc.constantFrom('choice' as const, 'condition' as const),
      threshold: fc.integer({ min: 0, max: 3 }),
    }),
  ),
  branch: fc.oneof({ depthSize: 'small' }, fc.constant<Block>({ kind: 'empty' }), tie('block')),
}));

/** Arbitrary block-structured processes with case data `{ v }` (v in 0..3) their conditions read. */
export const blockProcessArbitrary = fc
  .record({ body: block, v: fc.integer({ min: 0, max: 3 }) })
  .map(({ body, v }) => ({ document: blockProcess(body), data: { v }, body }));

/** The process `(o) -> body -> (o)`. Pure. */
export function blockProcess(body: Block): ProcessDocument {
  const steps: Step[] = [build.start('start')];
  const flows: Flow[] = [];
  let n = 0;
  const id = (prefix: string) => `${prefix}${++n}`;
  const connect = (from: string, to: string, extra: Partial<Flow> = {}) =>
    flows.push({ id: `f${flows.length + 1}`, from, to, ...extra });
  /** Lays out `b` after `from` (first flow gets `extra`); returns the step the next flow leaves. */
  const lay = (b: Block, from: string, extra: Partial<Flow> = {}): string => {
    switch (b.kind) {
      case 'empty':
        return from;
      case 'task': {
        const t = id('t');
        steps.push(build.task(t, t.length % 2 === 0 ? 'clerk' : 'checker', 1));
        connect(from, t, extra);
        return t;
      }
      case 'seq':
        return b.items.reduce((at, item, i) => lay(item, at, i === 0 ? extra : {}), from);
      case 'xor':
      case 'or':
      case 'and': {
        const prefix = { xor: ['x', 'm'], or: ['o', 'oj'], and: ['fork', 'join'] }[b.kind];
        const split = id(prefix[0]!);
        const join = id(prefix[1]!);
        const gate = (gid: string): Step =>
          b.kind === 'or' ? { id: gid, type: 'or', name: gid } : build.gate(gid, b.kind);
        steps.push(gate(split));
        connect(from, split, extra);
        const last = b.branches.length - 1;
        const ends = b.branches.map((branch, i) => {
          // Conditions overlap on purpose (v < t), so some cases have a choice; the last is the
          // default (an or block's only when `withDefault`; its choice mode may have one too).
          const isDefault = (b.kind === 'xor' || (b.kind === 'or' && b.withDefault)) && i === last;
          const cond: Partial<Flow> =
            b.kind === 'and' || (b.kind === 'xor' && b.mode === 'choice')
              ? {}
              : isDefault
                ? { default: true }
                : b.mode === 'condition'
                  ? { condition: `v < ${b.thresholds[i]}` }
                  : {};
          const end = lay(branch, split, cond);
          if (end === split) connect(split, join, cond);
          return { end, direct: end === split };
        });
        steps.push(gate(join));
        for (const e of ends) if (!e.direct) connect(e.end, join);
        return join;
      }
      case 'loop': {
        const merge = id('lm');
        const check = id('lc');
        steps.push(build.gate(merge, 'xor'));
        connect(from, merge, extra);
        const end = lay(b.body, merge);
        steps.push(build.gate(check, 'xor'));
        connect(end, check);
        connect(check, merge, { label: 'again' });
        return check;
      }
      case 'exit': {
        // An xor whose first way ends the whole case at a terminate end; the next block goes on.
        const x = id('ex');
        const t = id('t');
        const stop = id('stop');
        steps.push(build.gate(x, 'xor'));
        connect(from, x, extra);
        steps.push(build.task(t, 'checker', 1));
        connect(x, t, b.mode === 'condition' ? { condition: `v < ${b.threshold}` } : {});
        steps.push({ id: stop, type: 'end', name: stop, terminate: true });
        connect(t, stop);
        return x;
      }
    }
  };
  const last = lay(body, 'start');
  steps.push(build.end('end'));
  connect(last, 'end');
  return build.processOf('generated', {
    roles: [build.role('clerk'), build.role('checker')],
    steps,
    flows,
  });
}
