import type { TaskStep } from '@flowsmith/model';
import type { SopContext } from '../sopContext';
import type { JobsLabels } from './jobsLabels';
import type { JobWorkload } from './jobWorkload';

/** What one job description reads besides the document: its labels, the tasks and the workload. */
export interface JobInputs {
  ctx: SopContext;
  labels: JobsLabels;
  /** Every task, in procedure order. */
  tasks: readonly TaskStep[];
  workload: JobWorkload;
  /** Kind of each role id (default person). */
  kindOf: (roleId: string) => 'person' | 'system' | 'external';
}
