import { drawnVersusData } from '@flowsmith/mining';
import { currentLang } from '../../i18n/i18n';
import { filteredLog, type LogContext } from './logCommands';
import { runMiningTask } from './miningTask';

/**
 * "The as-is you drew vs the as-is in the data": discovers a process from the filtered log in the
 * mining worker (with the panel's noise, without opening it), maps its step and role ids onto the
 * open map's by name and keeps the drawn figures the data agrees with (`drawnVersusData`, as
 * `flowsmith conform --diff`), and keeps the diff with both documents in the panel's store for
 * the open map (the panel words it with `describeDiff`).
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
    const compared = drawnVersusData(drawn, document, lang);
    store.setState({
      comparison: {
        docId: drawn.id,
        drawn,
        found: compared.found,
        diff: compared.diff,
        matched: compared.matched,
        steps: compared.steps,
      },
    });
  } catch (e) {
    store.setState({ error: e instanceof Error ? e.message : String(e) });
  } finally {
    store.setState({ busy: null });
  }
}
