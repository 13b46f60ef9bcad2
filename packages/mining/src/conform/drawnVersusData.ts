import {
  arrivalInterarrival,
  describeDiff,
  distributionMean,
  diffProcesses,
  normalizeProcess,
  type ChangeLine,
  type Flow,
  type Role,
  type Step,
  type Lang,
  type ProcessDiff,
  type ProcessDocument,
} from '@flowsmith/model';
import { DEFAULT_FIGURE_TOLERANCES, type FigureTolerances } from '../validate/figuresVersusData';
import { alignToDrawn } from './alignToDrawn';

/**
 * The discovered gateways under the drawn ids and names where they stand in the same place: paired
 * by the diff, else a discovered gateway whose steps before (or after) are, once paired, those of
 * exactly one drawn gateway of its type (repeated until nothing more pairs, so chains of gateways
 * pair from their ends). A gateway's name is the drawing's question ("金额是否超过 5 万元"); the
 * data has none.
 */
function gatewaysAsDrawn(
  drawn: ProcessDocument,
  found: ProcessDocument,
  diff: ProcessDiff,
): ProcessDocument {
  const gateway = (s: Step | undefined) =>
    s?.type === 'xor' || s?.type === 'and' || s?.type === 'or';
  const drawnById = new Map(drawn.steps.map((s) => [s.id, s]));
  const paired = new Map<string, string>();
  const taken = new Set<string>();
  const pair = (f: string, d: string) => {
    paired.set(f, d);
    taken.add(d);
  };
  for (const s of found.steps)
    if (!gateway(s) && drawnById.get(s.id)?.type === s.type) pair(s.id, s.id);
  for (const m of diff.matches) {
    const d = drawnById.get(m.asIs);
    const f = found.steps.find((s) => s.id === m.toBe);
    if (gateway(d) && gateway(f) && d!.type === f!.type && !taken.has(m.asIs)) pair(m.toBe, m.asIs);
  }
  const around = (doc: ProcessDocument, id: string, side: 'from' | 'to') =>
    doc.flows.filter((f) => f[side === 'from' ? 'to' : 'from'] === id).map((f) => f[side]);
  const key = (ids: string[]) => [...new Set(ids)].sort().join('\u0000');
  for (let changed = true; changed;) {
    changed = false;
    for (const g of found.steps) {
      if (!gateway(g) || paired.has(g.id)) continue;
      for (const side of ['from', 'to'] as const) {
        const ids = around(found, g.id, side).map((x) => paired.get(x));
        if (ids.length === 0 || ids.some((x) => x === undefined)) continue;
        const want = key(ids as string[]);
        const same = drawn.steps.filter(
          (d) => d.type === g.type && !taken.has(d.id) && key(around(drawn, d.id, side)) === want,
        );
        if (same.length !== 1) continue;
        pair(g.id, same[0]!.id);
        changed = true;
        break;
      }
    }
  }
  const rename = new Map([...paired].filter(([f, d]) => f !== d));
  const kept = new Set(found.steps.map((s) => s.id).filter((x) => !rename.has(x)));
  for (const [f, d] of rename) if (kept.has(d)) rename.delete(f);
  const id = (x: string) => rename.get(x) ?? x;
  return {
    ...found,
    steps: found.steps.map((s) =>
      rename.has(s.id) ? { ...s, id: id(s.id), name: drawnById.get(id(s.id))!.name } : s,
    ),
    flows: found.flows.map((f) => ({ ...f, from: id(f.from), to: id(f.to) })),
  };
}

/**
 * The discovered document with the drawn figures where the data agrees with them: a matched
 * task's duration when its mean is within the duration tolerance, the start's arrival when its
 * mean gap is, a flow between the same two steps its label, condition and default (a log does
 * not show them) and its probability within the probability tolerance, a matched role's capacity
 * when the data shows no more at once (a log cannot show a capacity never used) and its calendar
 * when the hours are the same (its other fields, which a log does not tell, as drawn). What
 * remains differs beyond the tolerances.
 */
function keepAgreeing(
  drawn: ProcessDocument,
  found: ProcessDocument,
  tolerances: Partial<FigureTolerances>,
): ProcessDocument {
  const tol = { ...DEFAULT_FIGURE_TOLERANCES, ...tolerances };
  const drawnStep = new Map(drawn.steps.map((s) => [s.id, s]));
  const close = (a: number, b: number, share: number) => Math.abs(b - a) <= share * Math.abs(a);
  const calendars = [...(found.calendars ?? [])];
  const weekOf = (doc: ProcessDocument, id: string | undefined) =>
    JSON.stringify(doc.calendars?.find((c) => c.id === id)?.week ?? null);
  const useDrawnCalendar = (id: string | undefined) => {
    const c = drawn.calendars?.find((x) => x.id === id);
    if (c && !calendars.some((x) => x.id === c.id)) calendars.push(c);
  };
  const steps = found.steps.map((s): Step => {
    const d = drawnStep.get(s.id);
    if ((s.type === 'task' || s.type === 'timer') && s.type === d?.type && s.duration && d.duration)
      if (close(distributionMean(d.duration), distributionMean(s.duration), tol.duration))
        return { ...s, duration: d.duration };
    if (s.type === 'start' && d?.type === 'start' && s.arrival && d.arrival) {
      const gap = (doc: ProcessDocument, a: typeof s.arrival) =>
        arrivalInterarrival(a, doc.calendars);
      const x = gap(drawn, d.arrival);
      const y = gap(found, s.arrival);
      if (x && y && close(distributionMean(x), distributionMean(y), tol.arrival)) {
        useDrawnCalendar(d.arrival.calendar);
        return { ...s, arrival: d.arrival };
      }
    }
    return s;
  });
  const flows = found.flows.map((f): Flow => {
    const d = drawn.flows.find((x) => x.from === f.from && x.to === f.to);
    if (!d) return f;
    const { label, condition, default: isDefault } = d;
    const probability =
      d.probability !== undefined &&
      f.probability !== undefined &&
      Math.abs(d.probability - f.probability) <= tol.probability
        ? d.probability
        : f.probability;
    const { label: _l, condition: _c, default: _d, probability: _p, ...rest } = f;
    return {
      ...rest,
      ...(label !== undefined ? { label } : {}),
      ...(condition !== undefined ? { condition } : {}),
      ...(isDefault !== undefined ? { default: isDefault } : {}),
      ...(probability !== undefined ? { probability } : {}),
    };
  });
  // A matched role is the drawn one (cost, department, duties: a log tells none of them) with
  // the capacity and hours of the data where they disagree.
  const roles = found.roles.map((r): Role => {
    const d = drawn.roles.find((x) => x.id === r.id);
    if (!d) return r;
    const capacity = (r.capacity ?? 1) <= (d.capacity ?? 1) ? d.capacity : r.capacity;
    const sameHours = weekOf(drawn, d.calendar) === weekOf(found, r.calendar);
    if (sameHours) useDrawnCalendar(d.calendar);
    const { capacity: _cap, calendar: _cal, ...rest } = d;
    const calendar = sameHours ? d.calendar : r.calendar;
    return {
      ...rest,
      ...(capacity !== undefined ? { capacity } : {}),
      ...(calendar !== undefined ? { calendar } : {}),
    };
  });
  return { ...found, steps, flows, roles, ...(calendars.length ? { calendars } : {}) };
}

/** "The as-is you drew vs the as-is in the data", in the three lists the app shows. */
export interface DrawnVersusData {
  /** Discovered steps matched to a drawn step by name, of all discovered steps. */
  matched: number;
  steps: number;
  /** Steps drawn that the data does not show (removed from drawn to discovered). */
  onlyDrawn: ChangeLine[];
  /** Steps the data shows that are not drawn. */
  onlyData: ChangeLine[];
  /** Changed steps (durations, arrivals, roles), flows and roles. */
  changed: ChangeLine[];
  /** Gateways only on one side: counted, not listed (a gateway's name is a symbol). */
  gateways: number;
  diff: ProcessDiff;
  /**
   * The discovered document as compared: the drawn ids where steps matched (`alignToDrawn`), the
   * drawn figures where the data agrees with them, defaults filled in.
   */
  found: ProcessDocument;
}

/**
 * Compares a drawn map with the process discovered from a log: the discovered steps take the
 * drawn ids by name (`alignToDrawn`), both sides get their defaults filled in
 * (`normalizeProcess`, so a capacity of 1 written out is no change), and `diffProcesses(drawn,
 * found)` is worded with `describeDiff` in `lang` and split as the app's Event log panel shows it
 * (a figure of the data within `tolerances` of the drawn one, `DEFAULT_FIGURE_TOLERANCES` as
 * `figuresVersusData` uses, is no change, see `keepAgreeing`):
 * steps only in the drawing, steps only in the data, everything else changed; gateways added or
 * removed are counted only. Pure.
 */
export function drawnVersusData(
  drawn: ProcessDocument,
  discovered: ProcessDocument,
  lang: Lang = 'en',
  tolerances: Partial<FigureTolerances> = {},
): DrawnVersusData {
  const aligned = alignToDrawn(drawn, discovered);
  const a = normalizeProcess(drawn);
  const first = normalizeProcess(aligned.document);
  const b = normalizeProcess(
    keepAgreeing(drawn, gatewaysAsDrawn(a, first, diffProcesses(a, first)), tolerances),
  );
  const diff = diffProcesses(a, b);
  const lines = describeDiff(diff, a, b, lang);
  const gatewayIds = new Set(
    [...a.steps, ...b.steps]
      .filter((s) => s.type === 'xor' || s.type === 'and' || s.type === 'or')
      .map((s) => s.id),
  );
  const isGateway = (l: ChangeLine) =>
    l.kind === 'step' &&
    (l.change === 'added' || l.change === 'removed') &&
    [...l.asIs, ...l.toBe].every((id) => gatewayIds.has(id));
  const listed = lines.filter((l) => !isGateway(l));
  const step = (change: string) => (l: ChangeLine) => l.kind === 'step' && l.change === change;
  return {
    matched: aligned.steps.size,
    steps: discovered.steps.length,
    onlyDrawn: listed.filter(step('removed')),
    onlyData: listed.filter(step('added')),
    changed: listed.filter((l) => !step('removed')(l) && !step('added')(l)),
    gateways: lines.length - listed.length,
    diff,
    found: b,
  };
}
