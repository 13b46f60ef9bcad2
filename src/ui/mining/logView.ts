/**
 * The log panel's pure logic: the panel's filter as the package's `LogFilter`, durations in
 * words, the directly-follows map's layout, and the deviations and figure findings of a check per
 * step.
 */
import type {
  Conformance,
  DeviationKind,
  DirectlyFollowsGraph,
  FigureFinding,
  LogFilter,
} from '@flowsmith/mining';

/** The filters the panel offers: a time window (local `datetime-local` text), variants, start/end activity. */
export interface PanelFilter {
  from?: string;
  to?: string;
  variants: string[][];
  start?: string;
  end?: string;
}

/** The package's filter for the panel's, or null when nothing is filtered. Pure. */
export function toLogFilter(f: PanelFilter): LogFilter | null {
  const filter: LogFilter = { window: 'intersecting' };
  const from = f.from ? Date.parse(f.from) : NaN;
  const to = f.to ? Date.parse(f.to) : NaN;
  if (Number.isFinite(from)) filter.from = from;
  if (Number.isFinite(to)) filter.to = to;
  if (f.variants.length) filter.variants = f.variants;
  if (f.start) filter.startActivities = [f.start];
  if (f.end) filter.endActivities = [f.end];
  return Object.keys(filter).length > 1 ? filter : null;
}

/** A duration in minutes as short text: `45 min`, `3.5 h`, `2.1 d`. Pure. */
export function formatMinutes(minutes: number, lang: string): string {
  const zh = lang === 'zh-CN';
  const n = (x: number) => (x >= 10 ? Math.round(x).toString() : x.toFixed(1).replace(/\.0$/, ''));
  if (!Number.isFinite(minutes)) return '–';
  if (minutes < 60) return `${n(minutes)} ${zh ? '分钟' : 'min'}`;
  if (minutes < 60 * 24) return `${n(minutes / 60)} ${zh ? '小时' : 'h'}`;
  return `${n(minutes / 1440)} ${zh ? '天' : 'd'}`;
}

/** A share 0..1 as a percentage with at most one decimal. Pure. */
export const percent = (x: number): string => `${Math.round(x * 1000) / 10}%`;

/** Where the map draws an activity: its rank (row) and place within the row. */
export interface PlacedActivity {
  name: string;
  count: number;
  rank: number;
  slot: number;
}

/**
 * Ranks the activities of `dfg` for drawing top-down: an activity's rank is its longest distance
 * from a start activity along arcs that do not close a loop (found by a depth-first search from
 * the starts, most frequent arcs first); activities in a rank are ordered by count. Pure.
 */
export function rankActivities(dfg: DirectlyFollowsGraph): PlacedActivity[] {
  const names = dfg.activities.map((a) => a.name);
  const out = new Map<string, string[]>(names.map((n) => [n, []]));
  for (const a of dfg.arcs) if (a.from !== a.to) out.get(a.from)?.push(a.to);
  const starts = names.filter((n) => dfg.starts[n]);
  const state = new Map<string, 1 | 2>();
  const forward: [string, string][] = [];
  const visit = (n: string) => {
    state.set(n, 1);
    for (const m of out.get(n) ?? []) {
      if (state.get(m) === 1) continue; // a back arc: it closes a loop
      forward.push([n, m]);
      if (!state.has(m)) visit(m);
    }
    state.set(n, 2);
  };
  for (const s of [...starts, ...names]) if (!state.has(s)) visit(s);
  const rank = new Map<string, number>(names.map((n) => [n, 0]));
  for (let round = 0; round < names.length; round++) {
    let changed = false;
    for (const [a, b] of forward) {
      const r = rank.get(a)! + 1;
      if (r > rank.get(b)!) {
        rank.set(b, r);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const slots = new Map<number, number>();
  return dfg.activities.map((a) => {
    const r = rank.get(a.name)!;
    const slot = slots.get(r) ?? 0;
    slots.set(r, slot + 1);
    return { name: a.name, count: a.count, rank: r, slot };
  });
}

/** The marks a replay puts on a map's steps: per step id, its deviation kinds and the cases concerned. */
export type DeviationMarks = Map<string, { kinds: DeviationKind[]; cases: number }>;

/**
 * The drawn figures the log disagrees with, by the step they are about (a branch's finding by its
 * split), in the order found: what the canvas marks beside the deviations. Pure.
 */
export function figureMarks(figures: readonly FigureFinding[]): Map<string, FigureFinding[]> {
  const marks = new Map<string, FigureFinding[]>();
  for (const f of figures) marks.set(f.step, [...(marks.get(f.step) ?? []), f]);
  return marks;
}

/** The deviations of `conformance` grouped by the step they are on (those not in the map have none). Pure. */
export function deviationMarks(conformance: Conformance): DeviationMarks {
  const marks: DeviationMarks = new Map();
  for (const d of conformance.deviations) {
    if (!d.step) continue;
    const m = marks.get(d.step) ?? { kinds: [], cases: 0 };
    if (!m.kinds.includes(d.kind)) m.kinds.push(d.kind);
    m.cases += d.cases;
    marks.set(d.step, m);
  }
  return marks;
}
