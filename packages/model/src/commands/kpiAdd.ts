import { addCommand } from './recordCommands';

/** `kpi.add`: adds one record to `kpis` (appended, or at `index`); refuses a bad or taken id. */
export const kpiAdd = addCommand('kpi.add', 'kpis');
