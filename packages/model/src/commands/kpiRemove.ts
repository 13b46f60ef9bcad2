import { removeCommand } from './recordCommands';

/** `kpi.remove`: removes one record of `kpis`; nothing else refers to it. */
export const kpiRemove = removeCommand('kpi.remove', 'kpis');
