import type { ProcessDocument } from '@flowsmith/model';
import type { SimulationSummary } from '@flowsmith/simulation';

/** What a chart drawn from run summaries reads: one summary, document and series name per slot. */
export interface SummaryChartProps {
  summaries: SimulationSummary[];
  docs: ProcessDocument[];
  names: string[];
}
