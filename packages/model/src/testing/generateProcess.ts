/**
 * A seeded generator of big, realistic, block-structured process documents for benchmarks
 * (editor, analysis, layout) and property tests. Every block it emits has one way in and one
 * way out — sequences of tasks and timers, xor splits with their merge, rework loops, and
 * parallel splits with their join — so the result is sound by construction, and the generator
 * tracks each step's expected visits while building to set an arrival rate that keeps every
 * role's utilisation at or below {@link TARGET_UTILISATION}.
 */
import { distributionMean } from '../distribution/distributionMoments';
import type { Distribution } from '../types/distribution';
import type { Flow } from '../types/flow';
import { FORMAT_ID, FORMAT_VERSION, type ProcessDocument } from '../types/process';
import type { Role } from '../types/role';
import type { Step, TaskKind, TaskStep } from '../types/step';

/** Options of {@link generateProcess}. */
export interface GenerateProcessOptions {
  /** About how many steps (start and end included); at least 3. */
  steps: number;
  /** How many roles (lanes); default 3–7 depending on `steps`. */
  roles?: number;
  /** Seed of the generator: the same seed always gives the same document. */
  seed: number;
}

/** The highest utilisation any role of a generated document reaches. */
export const TARGET_UTILISATION = 0.7;

const LANE_HEIGHT = 160;
const COLUMN_WIDTH = 200;
const MAX_DEPTH = 3;
const ROLE_NAMES = [
  'Clerk',
  'Team lead',
  'Analyst',
  'Specialist',
  'Manager',
  'Controller',
  'Coordinator',
  'Reviewer',
  'Assistant',
  'Officer',
  'Agent',
  'Engineer',
  'Auditor',
  'Dispatcher',
];
// verbs by task kind, so that an approval reads "Approve order" and a system task "Generate invoice"
const VERBS: Record<TaskKind, readonly string[]> = {
  manual: ['Prepare', 'Record', 'Update', 'Send', 'Draft', 'Register', 'Archive', 'Collect'],
  review: ['Check', 'Review', 'Verify', 'Inspect'],
  approval: ['Approve', 'Sign off'],
  system: ['Generate', 'Validate', 'Sync', 'Post'],
};
const OBJECTS = [
  'request',
  'invoice',
  'contract',
  'order',
  'report',
  'claim',
  'quote',
  'form',
  'shipment',
  'account',
  'schedule',
  'budget',
];
const KINDS: readonly TaskKind[] = [
  'manual',
  'manual',
  'manual',
  'manual',
  'manual',
  'review',
  'approval',
  'system',
];

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG; `Math.random` is never used. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A block's ends: the case enters at `entry` and leaves at `exit`; `lastRole` is who worked last. */
interface Fragment {
  entry: string;
  exit: string;
  lastRole: number | undefined;
}

class Generator {
  readonly steps: Step[] = [];
  readonly flows: Flow[] = [];
  /** Expected work per case per role, minutes. */
  readonly work: number[];
  /** Loop splits whose forward flow is not drawn yet, with the share of cases that leave. */
  readonly loopExits = new Map<string, number>();
  private readonly random: () => number;
  private readonly occupied = new Set<string>();
  private nextId = 0;

  constructor(
    seed: number,
    readonly roleCount: number,
  ) {
    this.random = mulberry32(seed);
    this.work = new Array<number>(roleCount).fill(0);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  id(prefix: string): string {
    return `${prefix}${++this.nextId}`;
  }

  /** Places a step at `column` in `lane`, moving it down inside the lane when the cell is taken. */
  place(step: Step, column: number, lane: number): Step {
    let offset = 0;
    while (this.occupied.has(`${column}:${lane}:${offset}`) && offset < 2) offset++;
    this.occupied.add(`${column}:${lane}:${offset}`);
    step.position = { x: 40 + column * COLUMN_WIDTH, y: 40 + lane * LANE_HEIGHT + offset * 50 };
    this.steps.push(step);
    return step;
  }

  connect(from: string, to: string, extra: Partial<Flow> = {}): void {
    const leave = this.loopExits.get(from);
    if (leave !== undefined) {
      this.loopExits.delete(from);
      extra = { probability: leave, label: 'ok', default: true, ...extra };
    }
    this.flows.push({ id: this.id('f'), from, to, ...extra });
  }

  /** A lane free at `column` other than `avoid`, so branches side by side do not overlap. */
  chooseRole(column: number, avoid: number | undefined): number {
    const free: number[] = [];
    const other: number[] = [];
    for (let r = 0; r < this.roleCount; r++) {
      if (r === avoid) continue;
      (this.occupied.has(`${column}:${r}:0`) ? other : free).push(r);
    }
    if (free.length > 0) return this.pick(free);
    return other.length > 0 ? this.pick(other) : 0;
  }

  task(column: number, visits: number, lastRole: number | undefined): Fragment {
    const role = this.chooseRole(column, lastRole);
    const kind = this.pick(KINDS);
    const mode = kind === 'system' ? this.int(1, 3) : this.int(5, 45);
    const duration: Distribution = {
      dist: 'triangular',
      min: Math.max(1, Math.round(mode * 0.6)),
      mode,
      max: Math.round(mode * (1.5 + this.random() * 1.5)),
      unit: 'min',
    };
    const id = this.id('t');
    const step: TaskStep = {
      id,
      type: 'task',
      name: `${this.pick(VERBS[kind])} ${this.pick(OBJECTS)}`,
      kind,
      role: `r${role + 1}`,
      duration,
      value: kind === 'approval' || kind === 'review' ? 'BVA' : this.random() < 0.8 ? 'VA' : 'NVA',
    };
    this.work[role]! += visits * distributionMean(duration);
    this.place(step, column, role);
    return { entry: id, exit: id, lastRole: role };
  }

  timer(column: number, lane: number): Fragment {
    const id = this.id('w');
    const hours = this.int(1, 8);
    const duration: Distribution = {
      dist: 'triangular',
      min: hours / 2,
      mode: hours,
      max: hours * 3,
      unit: 'h',
    };
    this.place({ id, type: 'timer', name: `Wait ${hours} h`, duration }, column, lane);
    return { entry: id, exit: id, lastRole: undefined };
  }

  gateway(type: 'xor' | 'and', name: string, column: number, lane: number): string {
    const id = this.id(type === 'xor' ? 'x' : 'p');
    this.place({ id, type, name }, column, lane);
    return id;
  }
}

/** Probabilities in whole percent that sum to exactly 100, none below 5. */
function percentages(g: Generator, count: number): number[] {
  const weights = Array.from({ length: count }, () => 1 + g.int(0, 9));
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.max(5, Math.floor((w / total) * 100)));
  shares[0]! += 100 - shares.reduce((a, b) => a + b, 0);
  return shares;
}

/**
 * Builds a sequence of exactly `budget` steps starting at `column`; returns its ends and the
 * number of columns it spans. `visits` is the expected number of passes per case.
 */
function sequence(
  g: Generator,
  budget: number,
  column: number,
  visits: number,
  depth: number,
  lane: number,
  lastRole: number | undefined,
): Fragment & { width: number } {
  let first: string | undefined;
  let prev: Fragment | undefined;
  let col = column;
  let role = lastRole;
  let left = budget;
  while (left > 0) {
    const size = blockSize(g, left, depth);
    const block =
      size === 1
        ? single(g, col, visits, lane, role)
        : compound(g, size, col, visits, depth, lane, role);
    if (prev) g.connect(prev.exit, block.entry);
    first ??= block.entry;
    prev = block;
    col += block.width;
    role = block.lastRole ?? role;
    if (block.lastRole !== undefined) lane = block.lastRole;
    left -= size;
  }
  return { entry: first!, exit: prev!.exit, lastRole: prev!.lastRole, width: col - column };
}

function blockSize(g: Generator, left: number, depth: number): number {
  if (left < 4 || depth >= MAX_DEPTH || g.int(0, 99) < 60) return 1;
  return g.int(4, Math.min(left, depth === 0 ? 14 : 8));
}

function single(g: Generator, col: number, visits: number, lane: number, role: number | undefined) {
  const block = g.int(0, 99) < 7 ? g.timer(col, lane) : g.task(col, visits, role);
  return { ...block, lastRole: block.lastRole ?? role, width: 1 };
}

/** An xor split/merge, a rework loop or an and split/join of exactly `size` steps (≥ 4). */
function compound(
  g: Generator,
  size: number,
  col: number,
  visits: number,
  depth: number,
  lane: number,
  role: number | undefined,
): Fragment & { width: number } {
  const choice = g.int(0, 99);
  if (choice < 30) {
    // rework loop: merge → body → "rework needed?" → back to merge with probability p
    const p = g.int(10, 30) / 100;
    const merge = g.gateway('xor', 'Rework merge', col, lane);
    const body = sequence(g, size - 2, col + 1, visits / (1 - p), depth + 1, lane, role);
    const split = g.gateway('xor', 'Rework needed?', col + 1 + body.width, body.lastRole ?? lane);
    g.connect(merge, body.entry);
    g.connect(body.exit, split);
    // conditioned, so the unconditioned default way out stays admissible (model SPEC, xor rule)
    g.connect(split, merge, {
      probability: p,
      label: 'rework',
      condition: `${split}_rework == true`,
    });
    // the flow that leaves the loop is drawn by whoever connects `split` onward
    g.loopExits.set(split, Math.round((1 - p) * 100) / 100);
    return { entry: merge, exit: split, lastRole: undefined, width: body.width + 2 };
  }
  const type = choice < 70 ? 'xor' : 'and';
  const inner = size - 2;
  const count = Math.min(inner, g.int(2, 3));
  const shares = percentages(g, count);
  const split = g.gateway(type, type === 'xor' ? 'Decision' : 'Parallel split', col, lane);
  const ends: string[] = [];
  let width = 0;
  for (let i = 0; i < count; i++) {
    const budget = Math.floor(inner / count) + (i < inner % count ? 1 : 0);
    const branchVisits = type === 'xor' ? (visits * shares[i]!) / 100 : visits;
    const branch = sequence(g, budget, col + 1, branchVisits, depth + 1, lane, role);
    const extra: Partial<Flow> =
      type === 'xor'
        ? {
            probability: shares[i]! / 100,
            label: `${shares[i]}%`,
            // the first branch is the default; the others need a condition, or it is never taken
            ...(i === 0 ? { default: true } : { condition: `${split}_route == ${i + 1}` }),
          }
        : {};
    g.connect(split, branch.entry, extra);
    ends.push(branch.exit);
    width = Math.max(width, branch.width);
  }
  const join = g.gateway(type, type === 'xor' ? 'Merge' : 'Parallel join', col + 1 + width, lane);
  for (const end of ends) g.connect(end, join);
  return { entry: split, exit: join, lastRole: undefined, width: width + 2 };
}

/** The default number of roles for a document of `steps` steps: 3 to 7. */
function defaultRoles(steps: number): number {
  return Math.min(7, Math.max(3, Math.round(steps / 10)));
}

/**
 * Generates a valid, block-structured process document of exactly `steps` steps (one start,
 * one end) with `roles` roles laid out as lanes and every step positioned left to right, so it
 * can be drawn without auto-layout. Tasks have triangular durations; xor splits carry
 * probabilities that sum to 1 (rework loops included); and splits have their joins. The start's
 * exponential arrival stream is set so that no role's utilisation exceeds
 * {@link TARGET_UTILISATION}. Pure and deterministic: the same options give the same document.
 * Throws a `RangeError` when `steps` < 3 or `roles` < 1.
 */
export function generateProcess(options: GenerateProcessOptions): ProcessDocument {
  const total = Math.round(options.steps);
  const roleCount = Math.round(options.roles ?? defaultRoles(total));
  if (!(total >= 3))
    throw new RangeError(`generateProcess: steps must be at least 3, got ${options.steps}`);
  if (!(roleCount >= 1))
    throw new RangeError(`generateProcess: roles must be at least 1, got ${options.roles}`);
  const g = new Generator(options.seed, roleCount);
  const roles: Role[] = Array.from({ length: roleCount }, (_, i) => ({
    id: `r${i + 1}`,
    name: `${ROLE_NAMES[i % ROLE_NAMES.length]}${i >= ROLE_NAMES.length ? ` ${Math.floor(i / ROLE_NAMES.length) + 1}` : ''}`,
    capacity: g.int(1, 3),
    costPerHour: g.int(30, 120),
  }));
  const start: Step = { id: 'start', type: 'start', name: 'Case arrives' };
  g.place(start, 0, 0);
  const body = sequence(g, total - 2, 1, 1, 0, 0, undefined);
  const end = g.place(
    { id: 'end', type: 'end', name: 'Case closed' },
    1 + body.width,
    body.lastRole ?? 0,
  );
  g.connect(start.id, body.entry);
  g.connect(body.exit, end.id);
  // utilisation = rate × work ÷ capacity ≤ target  ⇔  interarrival ≥ work ÷ (capacity × target)
  const busiest = Math.max(0, ...roles.map((r, i) => g.work[i]! / (r.capacity ?? 1)));
  const interarrival = busiest > 0 ? Math.ceil((busiest / TARGET_UTILISATION) * 100) / 100 : 60;
  start.arrival = { interarrival: { dist: 'exponential', mean: interarrival, unit: 'min' } };
  return {
    format: FORMAT_ID,
    version: FORMAT_VERSION,
    id: `generated-${total}-${options.seed}`,
    name: `Generated process (${total} steps, seed ${options.seed})`,
    language: 'en',
    description: 'Generated by generateProcess for benchmarks and tests. Costs in USD per hour.',
    roles,
    steps: g.steps,
    flows: g.flows,
  };
}
