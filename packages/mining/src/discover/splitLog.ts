import { addTrace, type SubLog } from './SubLog';
import type { Cut } from './findCut';

/** What splitting a log along a cut gives: one sub-log per part (for a loop: body, redo). */
export type SplitLogs = SubLog[];

function empty(n: number): { logs: SubLog[]; index: Map<string, number>[] } {
  return {
    logs: Array.from({ length: n }, () => ({ traces: [], counts: [] })),
    index: Array.from({ length: n }, () => new Map<string, number>()),
  };
}

/**
 * Splits `log` along `cut` the IMf way, dropping what does not fit: exclusive choice sends each
 * trace to the part holding most of its events; sequence cuts each trace where the fewest events
 * are out of place; parallel projects each trace on every part; loop cuts each trace into body and
 * redo segments (a trace starting or ending in the redo part gets an empty body there). Pure.
 */
export function splitLog(log: SubLog, cut: Cut): SplitLogs {
  const part = new Map<number, number>();
  cut.groups.forEach((g, i) => g.forEach((a) => part.set(a, i)));
  const k = cut.groups.length;
  const { logs, index } = empty(k);
  const add = (i: number, t: number[], n: number) => addTrace(logs[i]!, index[i]!, t, n);
  log.traces.forEach((trace, ti) => {
    const n = log.counts[ti]!;
    if (cut.type === 'xor') {
      const votes = new Array<number>(k).fill(0);
      for (const a of trace) votes[part.get(a)!]!++;
      const best = votes.indexOf(Math.max(...votes));
      add(
        best,
        trace.filter((a) => part.get(a) === best),
        n,
      );
    } else if (cut.type === 'and') {
      for (let i = 0; i < k; i++)
        add(
          i,
          trace.filter((a) => part.get(a) === i),
          n,
        );
    } else if (cut.type === 'sequence') {
      let p = 0;
      for (let i = 0; i < k; i++) {
        let q = trace.length;
        if (i < k - 1) {
          let score = 0;
          let best = 0;
          q = p;
          for (let j = p; j < trace.length; j++) {
            const g = part.get(trace[j]!)!;
            score += g === i ? 1 : g > i ? -1 : 0;
            if (score > best) {
              best = score;
              q = j + 1;
            }
          }
        }
        add(
          i,
          trace.slice(p, q).filter((a) => part.get(a) === i),
          n,
        );
        p = q;
      }
    } else {
      let segment: number[] = [];
      let inRedo = false;
      for (const a of trace) {
        const redo = part.get(a) === 1;
        if (redo !== inRedo) {
          add(inRedo ? 1 : 0, segment, n);
          segment = [];
          inRedo = redo;
        }
        segment.push(a);
      }
      add(inRedo ? 1 : 0, segment, n);
      if (inRedo) add(0, [], n);
    }
  });
  return logs;
}
