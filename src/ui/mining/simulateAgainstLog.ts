import { VALIDATION_RUNS } from '@flowsmith/mining';
import { currentLang } from '../../i18n/i18n';
import { filteredLog, type LogContext } from './logCommands';
import { CancelledError, runMiningTask } from './miningTask';

/** The first run's seed, as `flowsmith discover --validate` without `--seed`. */
export const VALIDATION_SEED = 1;

/**
 * "Simulate and compare with the log": simulates the open document in a mining worker five
 * times, each run as many cases as the filtered log has (`validateAgainstLog` with the engine's
 * `runReplicationSync`, seeds 1–5, role calendars read in the zone the log was read in), and
 * keeps the table in the panel's store; the panel follows the run under way and can cancel it.
 * A document the simulator refuses leaves its message and nothing else.
 */
export async function simulateAgainstLog(ctx: LogContext): Promise<void> {
  const store = ctx.panels.log;
  const log = filteredLog(ctx);
  const loaded = store.getState().loaded;
  if (!log || !loaded) return;
  const document = ctx.editor.state.doc;
  const about = { docId: document.id, docName: document.name };
  const task = runMiningTask(
    {
      type: 'validate',
      log,
      document,
      seed: VALIDATION_SEED,
      lang: currentLang(),
      ...(loaded.timezone ? { zone: loaded.timezone } : {}),
    },
    (progress, m) => {
      const now = store.getState().validation;
      if (now?.state !== 'running' || now.task !== task) return;
      store.setState({
        validation: { ...now, progress, run: m.run ?? now.run, runs: m.runs ?? now.runs },
      });
    },
  );
  const mine = () => {
    const now = store.getState().validation;
    return now?.state === 'running' && now.task === task;
  };
  store.setState({
    busy: 'validate',
    error: null,
    validation: { ...about, state: 'running', run: 1, runs: VALIDATION_RUNS, progress: 0, task },
  });
  try {
    const { validation, cases } = await task.result;
    if (!mine()) return;
    store.setState({
      validation: {
        ...about,
        state: 'done',
        validation,
        cases,
        runs: VALIDATION_RUNS,
        roleNames: Object.fromEntries(document.roles.map((r) => [r.id, r.name])),
      },
    });
  } catch (e) {
    if (!mine()) return;
    store.setState({
      validation:
        e instanceof CancelledError
          ? { ...about, state: 'cancelled' }
          : { ...about, state: 'refused', message: e instanceof Error ? e.message : String(e) },
    });
  } finally {
    if (store.getState().busy === 'validate' && !mine()) store.setState({ busy: null });
  }
}

/** Stops the simulation under way (the panel then says it was cancelled). */
export function cancelSimulation(ctx: Pick<LogContext, 'panels'>): void {
  const now = ctx.panels.log.getState().validation;
  if (now?.state === 'running') now.task.cancel();
}
