import type { Flow } from '@flowsmith/model';
import type { El } from '../moddle';

/** A flow being imported: its ends are still BPMN nodes, so they can be rerouted. */
export interface FlowDraft {
  /** The sequence flow it came from; none for flows the import adds. */
  el?: El;
  id: string;
  from: El;
  to: El;
  fields: Omit<Flow, 'id' | 'from' | 'to'>;
}
