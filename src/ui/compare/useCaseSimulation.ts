import { useEffect, useRef, useState } from 'react';
import type { Lang, ProcessDocument } from '@flowsmith/model';
import type { LogEntry } from '@flowsmith/simulation';
import type { CaseRequest, CaseResponse } from './caseProtocol';

/** Where the simulated-case run stands. */
export type CaseRun =
  | { status: 'idle' }
  | { status: 'running'; fraction: number }
  | { status: 'done'; asIs: LogEntry[]; toBe: LogEntry[] }
  | { status: 'failed'; message: string };

/**
 * Runs both processes in a worker for the simulated-case timeline, with progress and cancel; the
 * result is dropped when either document changes (it would describe an older version).
 */
export function useCaseSimulation(asIs: ProcessDocument, toBe: ProcessDocument, lang: Lang) {
  const [state, setState] = useState<CaseRun>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);
  useEffect(() => {
    setState({ status: 'idle' });
  }, [asIs, toBe]);
  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );
  const start = () => {
    if (!worker.current) {
      worker.current = new Worker(new URL('../../workers/compareCase.worker.ts', import.meta.url), {
        type: 'module',
      });
      worker.current.onmessage = (e: MessageEvent<CaseResponse>) => {
        const m = e.data;
        if (m.run !== runId.current) return;
        if (m.type === 'progress') setState({ status: 'running', fraction: m.fraction });
        else if (m.type === 'done') setState({ status: 'done', asIs: m.asIs, toBe: m.toBe });
        else setState({ status: 'failed', message: m.message });
      };
    }
    runId.current += 1;
    setState({ status: 'running', fraction: 0 });
    worker.current.postMessage({
      type: 'run',
      run: runId.current,
      asIs,
      toBe,
      lang,
    } satisfies CaseRequest);
  };
  const cancel = () => {
    worker.current?.postMessage({ type: 'cancel', run: runId.current } satisfies CaseRequest);
    runId.current += 1;
    setState({ status: 'idle' });
  };
  return { state, start, cancel };
}
