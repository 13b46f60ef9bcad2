/**
 * A ticket export of known make for the log-validation end-to-end test: a small process (登记 by
 * 前台, 审核 by 审核组, 批准 or 驳回 by 主管, 归档 by 前台; a ticket every 12 minutes on average,
 * round the clock) simulated for `cases` tickets with a fixed seed, written as a system exports
 * it — Chinese headers, start and complete times to the second, the person and the department.
 */
import type { ProcessDocument } from '@flowsmith/model';
import { runReplicationSync, DEFAULT_LOG_EPOCH } from '@flowsmith/simulation';

/** The process the export comes from. */
export function ticketProcess(): ProcessDocument {
  const task = (id: string, name: string, role: string, mean: number, cv: number) => ({
    id,
    type: 'task' as const,
    name,
    role,
    duration: { dist: 'lognormal' as const, mean, sd: mean * cv },
  });
  return {
    format: 'flowsmith.process',
    version: 1,
    id: 'tickets-known',
    name: '工单处理',
    roles: [
      { id: 'desk', name: '前台', capacity: 2 },
      { id: 'review', name: '审核组', capacity: 2 },
      { id: 'lead', name: '主管', capacity: 1 },
    ],
    steps: [
      {
        id: 'start',
        type: 'start',
        name: '收到工单',
        arrival: { interarrival: { dist: 'exponential', mean: 12 } },
      },
      task('reg', '登记', 'desk', 8, 0.5),
      task('check', '审核', 'review', 15, 0.6),
      { id: 'x', type: 'xor', name: '通过？' },
      task('approve', '批准', 'lead', 6, 0.4),
      task('reject', '驳回', 'lead', 4, 0.4),
      { id: 'm', type: 'xor', name: '合并' },
      task('file', '归档', 'desk', 5, 0.5),
      { id: 'end', type: 'end', name: '完成' },
    ],
    flows: [
      { id: 'f1', from: 'start', to: 'reg' },
      { id: 'f2', from: 'reg', to: 'check' },
      { id: 'f3', from: 'check', to: 'x' },
      { id: 'f4', from: 'x', to: 'approve', probability: 0.85 },
      { id: 'f5', from: 'x', to: 'reject', probability: 0.15 },
      { id: 'f6', from: 'approve', to: 'm' },
      { id: 'f7', from: 'reject', to: 'm' },
      { id: 'f8', from: 'm', to: 'file' },
      { id: 'f9', from: 'file', to: 'end' },
    ],
  } as ProcessDocument;
}

const at = (minutes: number) =>
  new Date(DEFAULT_LOG_EPOCH + Math.round(minutes * 60_000))
    .toISOString()
    .slice(0, 19)
    .replace('T', ' ');

/** The export: 工单号,环节,开始时间,完成时间,处理人,部门 (times in UTC). */
export function ticketExport(cases = 400, seed = 11): string {
  const doc = ticketProcess();
  const run = runReplicationSync(doc, { cases, warmup: 0, replications: 1, seed }, 0, {
    recordLog: true,
  });
  const dept = new Map(doc.roles.map((r) => [r.id, r.name]));
  const rows = ['工单号,环节,开始时间,完成时间,处理人,部门'];
  for (const e of run.log ?? [])
    rows.push(
      [
        `T${10000 + e.caseId}`,
        e.stepName,
        at(e.start),
        at(e.end),
        e.person ?? e.role,
        dept.get(e.role) ?? e.role,
      ].join(','),
    );
  return `${rows.join('\n')}\n`;
}
