import { updateCommand } from './recordCommands';

/** `kpi.update`: changes fields of one record of `kpis`; `null` clears an optional field. */
export const kpiUpdate = updateCommand('kpi.update', 'kpis');
