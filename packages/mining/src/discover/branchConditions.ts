import { parseCondition, type Flow, type ProcessDocument } from '@flowsmith/model';
import type { AttributeValue, EventLog } from '../log/eventLog';
import { branchTasks } from '../validate/branchTasks';

/** A decision a case attribute explains: the xor, the attribute and the share of cases it explains. */
export interface BranchCondition {
  /** The xor split's step id. */
  step: string;
  attribute: string;
  /** Cases whose branch the rule gets right ÷ cases that took one of the branches. */
  accuracy: number;
  /** The condition written on each flow (the largest branch is the default flow, without one). */
  conditions: Record<string, string>;
}

interface Rule {
  accuracy: number;
  /** Per branch index: its condition, or undefined for the default branch. */
  conditions: (string | undefined)[];
}

/** The shortest decimal t with lo ≤ t < hi (so `x > t` splits lo from hi). */
function roundThreshold(lo: number, hi: number): number {
  for (let digits = -6; digits <= 12; digits++) {
    const step = 10 ** -digits;
    const t = Math.ceil(lo / step) * step;
    const clean = Number(t.toPrecision(15));
    if (clean >= lo && clean < hi) return clean;
  }
  return lo;
}

/** The best threshold rule on a numeric attribute for a two-way split, or undefined. */
function numericRule(
  name: string,
  xs: { v: number; branch: number }[],
  major: number,
): Rule | undefined {
  const sorted = [...xs].sort((a, b) => a.v - b.v);
  const n = sorted.length;
  const total = [0, 0];
  for (const x of sorted) total[x.branch]!++;
  const below = [0, 0];
  let best: { right: number; lo: number; hi: number; upper: number } | undefined;
  for (let i = 0; i < n - 1; i++) {
    below[sorted[i]!.branch]!++;
    if (sorted[i]!.v === sorted[i + 1]!.v) continue;
    for (const upper of [0, 1]) {
      // Branch `upper` above the threshold, the other below.
      const right = below[1 - upper]! + (total[upper]! - below[upper]!);
      if (!best || right > best.right)
        best = { right, lo: sorted[i]!.v, hi: sorted[i + 1]!.v, upper };
    }
  }
  if (!best) return undefined;
  const t = roundThreshold(best.lo, best.hi);
  const conditions: (string | undefined)[] = [];
  conditions[best.upper] = `${name} > ${t}`;
  conditions[1 - best.upper] = `${name} <= ${t}`;
  conditions[major] = undefined;
  return { accuracy: best.right / n, conditions };
}

/** Each value to the branch most of its cases took; a rule when every branch gets a value. */
function categoricalRule(
  name: string,
  xs: { v: string | boolean; branch: number }[],
  branches: number,
  major: number,
): Rule | undefined {
  const counts = new Map<string | boolean, number[]>();
  for (const x of xs) {
    let c = counts.get(x.v);
    if (!c) counts.set(x.v, (c = new Array<number>(branches).fill(0)));
    c[x.branch]!++;
  }
  const values: (string | boolean)[][] = Array.from({ length: branches }, () => []);
  let right = 0;
  for (const [v, c] of counts) {
    const b = c.indexOf(Math.max(...c));
    values[b]!.push(v);
    right += c[b]!;
  }
  if (values.some((v) => v.length === 0)) return undefined;
  const literal = (v: string | boolean) => (typeof v === 'boolean' ? String(v) : JSON.stringify(v));
  const conditions = values.map((vs, b) =>
    b === major
      ? undefined
      : vs
          .sort()
          .map((v) => `${name} == ${literal(v)}`)
          .join(' or '),
  );
  return { accuracy: right / xs.length, conditions };
}

/**
 * Data-driven conditions: for each xor split of `doc` whose branches each begin with a task of
 * their own (`branchTasks`), the cases are labelled by the branch they took (exactly one branch
 * task seen) and each case attribute is tried as a one-level decision stump — the best threshold
 * for a numeric attribute of a two-way split, a set of values per branch for a text or yes/no
 * attribute. The best stump is kept when it explains at least `minAccuracy` of those cases (and
 * at least `minCases` took the split); its conditions are written on the flows in the condition
 * language, the largest branch becoming the default flow. Probabilities stay (a simulation
 * without case data routes by them). Returns the document with the conditions and what was
 * found. Pure.
 */
export function branchConditions(
  doc: ProcessDocument,
  log: EventLog,
  minAccuracy = 0.95,
  minCases = 20,
): { document: ProcessDocument; found: BranchCondition[] } {
  const found: BranchCondition[] = [];
  let flows: Flow[] = doc.flows;
  for (const split of branchTasks(doc)) {
    const names = split.branches.map((b) => b.task.name);
    const labelled: { attributes: Record<string, AttributeValue>; branch: number }[] = [];
    for (const c of log.cases) {
      const seen = new Set<number>();
      for (const e of c.events) {
        const i = names.indexOf(e.activity);
        if (i >= 0) seen.add(i);
      }
      if (seen.size === 1) labelled.push({ attributes: c.attributes, branch: [...seen][0]! });
    }
    if (labelled.length < minCases) continue;
    const sizes = names.map((_, i) => labelled.filter((x) => x.branch === i).length);
    const major = sizes.indexOf(Math.max(...sizes));
    const keys = [...new Set(labelled.flatMap((x) => Object.keys(x.attributes)))].sort();
    let best: (Rule & { attribute: string }) | undefined;
    for (const key of keys) {
      const xs = labelled.filter((x) => x.attributes[key] !== undefined);
      if (xs.length < minAccuracy * labelled.length) continue;
      const values = xs.map((x) => ({ v: x.attributes[key]!, branch: x.branch }));
      const rule = values.every((x) => typeof x.v === 'number')
        ? names.length === 2
          ? numericRule(key, values as { v: number; branch: number }[], major)
          : undefined
        : values.every((x) => typeof x.v !== 'number')
          ? categoricalRule(
              key,
              values as { v: string | boolean; branch: number }[],
              names.length,
              major,
            )
          : undefined;
      if (!rule) continue;
      const accuracy = (rule.accuracy * xs.length) / labelled.length;
      if (!best || accuracy > best.accuracy) best = { ...rule, accuracy, attribute: key };
    }
    if (!best || best.accuracy < minAccuracy) continue;
    const written = best.conditions.every((c) => c === undefined || parseCondition(c).ok);
    if (!written) continue;
    const conditions: Record<string, string> = {};
    const byFlow = new Map(split.branches.map((b, i) => [b.flow, best!.conditions[i]]));
    flows = flows.map((f) => {
      if (!byFlow.has(f.id)) return f;
      const condition = byFlow.get(f.id);
      if (condition === undefined) return { ...f, default: true };
      conditions[f.id] = condition;
      return { ...f, condition };
    });
    found.push({
      step: split.step,
      attribute: best.attribute,
      accuracy: best.accuracy,
      conditions,
    });
  }
  return { document: found.length ? { ...doc, flows } : doc, found };
}
