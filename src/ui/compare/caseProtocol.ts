/**
 * Messages between the role timeline and its worker (src/workers/compareCase.worker.ts): one run
 * simulates both processes with the same seed and returns their event logs.
 */
import type { Lang, ProcessDocument } from '@flowsmith/model';
import type { LogEntry } from '@flowsmith/simulation';

/** Cases simulated per process for the timeline: enough for queues to form, quick to run. */
export const TIMELINE_CASES = 400;

/** What the timeline asks. */
export type CaseRequest =
  | { type: 'run'; run: number; asIs: ProcessDocument; toBe: ProcessDocument; lang: Lang }
  | { type: 'cancel'; run: number };

/** What the worker answers. */
export type CaseResponse =
  | { type: 'progress'; run: number; fraction: number }
  | { type: 'done'; run: number; asIs: LogEntry[]; toBe: LogEntry[] }
  | { type: 'failed'; run: number; message: string };
