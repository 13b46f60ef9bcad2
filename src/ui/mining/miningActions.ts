/** The File menu's "Open event log…": pick a CSV, TSV or XES log and open it in the log panel. */
import type { Action } from '../actions/action';
import { openLogFile } from './logCommands';
import { pickLogFile } from './pickLogFile';
import './strings';

/** The event-log actions of the File menu. */
export const miningActions: Action[] = [
  {
    id: 'log.open',
    titleKey: 'log.open',
    menu: 'file',
    run: async (ctx) => {
      const file = await pickLogFile();
      if (file) await openLogFile(ctx, file, file.name);
    },
  },
];
