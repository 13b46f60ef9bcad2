import { describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import type { AnalysisRequest, AnalysisResponse } from './analysisProtocol';
import { runAnalysisJob } from './runAnalysisJob';
import { createJobLane, JobCancelled } from './workerJobs';

/** A stand-in worker that answers when told to, and remembers whether it was terminated. */
class FakeWorker {
  onmessage: ((e: MessageEvent<AnalysisResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  received: AnalysisRequest[] = [];
  terminated = false;
  postMessage(m: AnalysisRequest) {
    this.received.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  answer(i = 0) {
    const { id, ...job } = this.received[i]!;
    this.onmessage?.({
      data: { id, ok: true, result: runAnalysisJob(job) },
    } as MessageEvent<AnalysisResponse>);
  }
}

function lane() {
  const workers: FakeWorker[] = [];
  const l = createJobLane(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  });
  return { l, workers };
}

describe('createJobLane', () => {
  it('resolves a job with the worker’s answer', async () => {
    const { l, workers } = lane();
    const p = l.run({ type: 'analyze', doc: gallery.doubleApproval, lang: 'en' });
    workers[0]!.answer();
    const result = await p;
    expect(result.findings.some((f) => f.kind === 'redundant-approval')).toBe(true);
  });

  it('cancels a running job by terminating its worker when a newer one starts', async () => {
    const { l, workers } = lane();
    const old = l.run({ type: 'analyze', doc: gallery.mm1, lang: 'en' });
    const next = l.run({ type: 'analyze', doc: gallery.sequence3, lang: 'zh-CN' });
    await expect(old).rejects.toBeInstanceOf(JobCancelled);
    expect(workers[0]!.terminated).toBe(true);
    workers[1]!.answer();
    expect((await next).metrics).toBeDefined();
  });

  it('rejects with the worker’s message when the job fails, and cancel() rejects as cancelled', async () => {
    const { l, workers } = lane();
    const failing = l.run({ type: 'improve', doc: gallery.mm1, lang: 'en' });
    workers[0]!.onmessage?.({
      data: { id: workers[0]!.received[0]!.id, ok: false, message: 'boom' },
    } as MessageEvent<AnalysisResponse>);
    await expect(failing).rejects.toThrow('boom');
    const cancelled = l.run({ type: 'improve', doc: gallery.mm1, lang: 'en' });
    l.cancel();
    await expect(cancelled).rejects.toBeInstanceOf(JobCancelled);
  });
});
