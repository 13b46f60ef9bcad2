import type { ProcessDocument } from '@flowsmith/model';

/** A transition of the replay net: the places (flow indexes) it takes and gives, its label, its step. */
export interface NetTransition {
  inputs: number[];
  outputs: number[];
  /** The task's name (what a log event matches), or undefined for a silent move (gateway, timer, end). */
  label?: string;
  step: string;
}

/** A process document as a Petri net for token replay: one place per flow. */
export interface ReplayNet {
  places: string[];
  transitions: NetTransition[];
  initial: number[];
  byLabel: Map<string, number[]>;
  /** Step id by task name. */
  stepOf: Map<string, string>;
  /** The task name of each task id that is not also a task name (logs may carry ids). */
  nameOfId: Map<string, string>;
}

/**
 * The replay net of `doc`: a place per flow; a start puts a token on its outgoing flows; a task
 * or subprocess (labelled with its name) and a timer (labelled when `recorded`, the log's
 * activities, has its name or id — a simulation's log and a discovered wait record it — else
 * silent) take one incoming flow (one
 * transition per incoming flow: several incoming flows merge) and give every outgoing flow; an
 * exclusive gateway moves a token from any incoming to any outgoing flow (silent); a parallel
 * gateway takes all incoming and gives all outgoing (silent); an end takes its incoming token. Pure.
 */
export function replayNet(
  doc: ProcessDocument,
  recorded: ReadonlySet<string> = new Set(),
): ReplayNet {
  const places = doc.flows.map((f) => f.id);
  const incoming = new Map<string, number[]>();
  const outgoing = new Map<string, number[]>();
  doc.flows.forEach((f, i) => {
    (incoming.get(f.to) ?? incoming.set(f.to, []).get(f.to)!).push(i);
    (outgoing.get(f.from) ?? outgoing.set(f.from, []).get(f.from)!).push(i);
  });
  const transitions: NetTransition[] = [];
  const initial = new Array<number>(places.length).fill(0);
  const stepOf = new Map<string, string>();
  for (const s of doc.steps) {
    const ins = incoming.get(s.id) ?? [];
    const outs = outgoing.get(s.id) ?? [];
    switch (s.type) {
      case 'start':
        for (const o of outs) initial[o]!++;
        break;
      case 'end':
        for (const i of ins) transitions.push({ inputs: [i], outputs: [], step: s.id });
        break;
      case 'and':
        transitions.push({ inputs: ins, outputs: outs, step: s.id });
        break;
      case 'xor':
        for (const i of ins)
          for (const o of outs) transitions.push({ inputs: [i], outputs: [o], step: s.id });
        break;
      default: {
        const silent = s.type === 'timer' && !recorded.has(s.name) && !recorded.has(s.id);
        const label = silent ? undefined : s.name;
        if (label !== undefined && !stepOf.has(label)) stepOf.set(label, s.id);
        const from = ins.length ? ins.map((i) => [i]) : [[]];
        for (const inputs of from)
          transitions.push({
            inputs,
            outputs: outs,
            step: s.id,
            ...(label !== undefined ? { label } : {}),
          });
      }
    }
  }
  const byLabel = new Map<string, number[]>();
  transitions.forEach((t, i) => {
    if (t.label === undefined) return;
    (byLabel.get(t.label) ?? byLabel.set(t.label, []).get(t.label)!).push(i);
  });
  const nameOfId = new Map<string, string>();
  for (const [name, id] of stepOf) if (!stepOf.has(id)) nameOfId.set(id, name);
  return { places, transitions, initial, byLabel, stepOf, nameOfId };
}
