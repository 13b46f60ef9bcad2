import { diffProcesses } from '@flowsmith/model';
import { currentLang } from '../../i18n/i18n';
import { alignToDrawn } from './alignToDrawn';
import { filteredLog, type LogContext } from './logCommands';
import { runMiningTask } from './miningTask';

/**
 * "The as-is you drew vs the as-is in the data": discovers a process from the filtered log in the
 * mining worker (with the panel's noise, without opening it), maps its step and role ids onto the
 * open map's by name (`alignToDrawn`), and keeps `diffProcesses(drawn, discovered)` with both
 * documents in the panel's store for the open map (the panel words it with `describeDiff`).
 */
export async function compareWithDrawn(ctx: LogContext): Promise<void> {
  const store = ctx.panels.log;
  const log = filteredLog(ctx);
  if (!log) return;
  const drawn = ctx.editor.state.doc;
  const lang = currentLang();
  store.setState({ busy: 'compare', error: null });
  try {
    const { document } = await runMiningTask({
      type: 'discover',
      log,
      noise: store.getState().noise,
      name: drawn.name,
      lang,
    }).result;
    const aligned = alignToDrawn(drawn, document);
    store.setState({
      comparison: {
        docId: drawn.id,
        drawn,
        found: aligned.document,
        diff: diffProcesses(drawn, aligned.document),
        matched: aligned.steps.size,
        steps: document.steps.length,
      },
    });
  } catch (e) {
    store.setState({ error: e instanceof Error ? e.message : String(e) });
  } finally {
    store.setState({ busy: null });
  }
}
