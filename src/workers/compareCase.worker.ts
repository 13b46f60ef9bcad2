/// <reference lib="webworker" />
/**
 * Simulates the as-is and the to-be with the same seed (common random numbers: case n arrives at
 * the same time in both) and posts both event logs, for the role timeline of a simulated case.
 * Progress at most every 100 ms; a `cancel` is honoured between slices of events.
 */
import { runReplication, SimulationError } from '@flowsmith/simulation';
import type { ProcessDocument } from '@flowsmith/model';
import { TIMELINE_CASES, type CaseRequest, type CaseResponse } from '../ui/compare/caseProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let current = -1;
const post = (m: CaseResponse) => scope.postMessage(m);

async function simulate(run: number, doc: ProcessDocument, lang: 'en' | 'zh-CN', half: number) {
  let last = 0;
  const result = await runReplication(doc, { cases: TIMELINE_CASES, replications: 1, seed: 1 }, 0, {
    lang,
    recordLog: true,
    sliceEvents: 20_000,
    signal: {
      get aborted() {
        return current !== run;
      },
    },
    onProgress: (f) => {
      const now = performance.now();
      if (now - last < 100) return;
      last = now;
      post({ type: 'progress', run, fraction: (half + f) / 2 });
    },
  });
  return result.log ?? [];
}

scope.onmessage = async (e: MessageEvent<CaseRequest>) => {
  const m = e.data;
  if (m.type === 'cancel') {
    if (current === m.run) current = -1;
    return;
  }
  current = m.run;
  try {
    const asIs = await simulate(m.run, m.asIs, m.lang, 0);
    const toBe = await simulate(m.run, m.toBe, m.lang, 1);
    if (current === m.run) post({ type: 'done', run: m.run, asIs, toBe });
  } catch (error) {
    if (current !== m.run) return;
    const message =
      error instanceof SimulationError
        ? error.problems.map((p) => p.message).join(' ')
        : error instanceof Error
          ? error.message
          : String(error);
    post({ type: 'failed', run: m.run, message });
  }
};
