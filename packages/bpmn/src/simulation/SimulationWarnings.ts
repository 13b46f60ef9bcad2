import { formatMessage, type Lang } from '@flowsmith/model';
import type { BpmnWarning } from '../types';
import {
  simulationWarningMessages,
  type SimulationSource,
  type SimulationWarningCode,
  type SimulationWarningParams,
} from './simulationMessages';

type Params<C extends SimulationWarningCode> = Omit<SimulationWarningParams[C], 'source'>;

/** Collects the warnings of reading one source of simulation data, each naming its element id. */
export class SimulationWarnings {
  readonly list: BpmnWarning[] = [];

  constructor(
    readonly source: SimulationSource,
    readonly lang?: Lang,
  ) {}

  /** Records a warning about the element `params.id`. */
  warn<C extends SimulationWarningCode>(code: C, params: Params<C>): void {
    const full = { ...params, source: this.source } as SimulationWarningParams[C];
    this.list.push({
      code,
      elementId: params.id,
      message: formatMessage(simulationWarningMessages, code, full, this.lang),
    });
  }
}
