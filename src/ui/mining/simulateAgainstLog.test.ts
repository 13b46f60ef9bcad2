import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventLog, Validation } from '@flowsmith/mining';
import type { ProcessDocument } from '@flowsmith/model';
import type { MiningProgress } from './miningTask';
import { createLogStore } from './logStore';

/** The tasks the command started: the request, its progress callback, and how to settle it. */
const started: {
  request: unknown;
  progress: (fraction: number, m: MiningProgress) => void;
  resolve: (a: unknown) => void;
  reject: (e: Error) => void;
}[] = [];

vi.mock('./miningTask', () => {
  class CancelledError extends Error {}
  return {
    CancelledError,
    runMiningTask: (request: unknown, progress: (f: number, m: MiningProgress) => void) => {
      let settle!: Pick<(typeof started)[number], 'resolve' | 'reject'>;
      const result = new Promise((resolve, reject) => (settle = { resolve, reject }));
      started.push({ request, progress, ...settle });
      return { result, cancel: () => settle.reject(new CancelledError()) };
    },
  };
});

const { cancelSimulation, simulateAgainstLog } = await import('./simulateAgainstLog');

const log: EventLog = {
  cases: [{ id: 'c1', attributes: {}, events: [{ activity: 'A', complete: 0 }] }],
  hasStart: false,
  hasRole: false,
  hasResource: false,
  hasTime: true,
};
const doc = {
  id: 'drawn',
  name: 'Drawn',
  steps: [],
  flows: [],
  roles: [],
} as unknown as ProcessDocument;
const validation: Validation = {
  rows: [],
  passed: true,
  tolerances: {} as Validation['tolerances'],
};

function context() {
  const panels = { log: createLogStore() };
  panels.log.setState({
    loaded: { name: 'x.csv', log, problems: [], problemCount: 0, timezone: 'Asia/Shanghai' },
  });
  return { panels, editor: { state: { doc } }, t: (k: string) => k } as never as Parameters<
    typeof simulateAgainstLog
  >[0] & { panels: typeof panels };
}

beforeEach(() => void (started.length = 0));

describe('simulateAgainstLog', () => {
  it('asks the worker for the open map against the log, follows the runs, keeps the table', async () => {
    const ctx = context();
    const done = simulateAgainstLog(ctx);
    expect(started[0]!.request).toMatchObject({ type: 'validate', document: doc, log, seed: 1 });
    expect(started[0]!.request).toMatchObject({ zone: 'Asia/Shanghai' });
    expect(ctx.panels.log.getState()).toMatchObject({
      busy: 'validate',
      validation: { state: 'running', run: 1, runs: 5, docId: 'drawn' },
    });
    started[0]!.progress(0.5, { type: 'progress', fraction: 0.5, run: 3, runs: 5 });
    expect(ctx.panels.log.getState().validation).toMatchObject({ run: 3, progress: 0.5 });
    started[0]!.resolve({ type: 'validate', validation, cases: 1 });
    await done;
    expect(ctx.panels.log.getState()).toMatchObject({
      busy: null,
      validation: { state: 'done', validation, cases: 1, docName: 'Drawn' },
    });
  });

  it('says cancelled after Cancel, and shows the simulator’s refusal', async () => {
    const ctx = context();
    const first = simulateAgainstLog(ctx);
    cancelSimulation(ctx);
    await first;
    expect(ctx.panels.log.getState()).toMatchObject({
      busy: null,
      validation: { state: 'cancelled' },
    });
    const second = simulateAgainstLog(ctx);
    started[1]!.reject(new Error('no start step has an arrival'));
    await second;
    expect(ctx.panels.log.getState()).toMatchObject({
      busy: null,
      error: null,
      validation: { state: 'refused', message: 'no start step has an arrival' },
    });
  });

  it('drops the answer of a simulation the panel no longer shows', async () => {
    const ctx = context();
    const done = simulateAgainstLog(ctx);
    ctx.panels.log.setState({ validation: null }); // a new log was read
    started[0]!.resolve({ type: 'validate', validation, cases: 1 });
    await done;
    expect(ctx.panels.log.getState()).toMatchObject({ busy: null, validation: null });
  });
});
