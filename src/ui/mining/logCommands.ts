/**
 * What the event-log feature does: open a log file (a CSV goes to the mapping dialog first, an
 * XES is read at once), read it in a worker with progress and cancel, discover a process and open
 * it through the workspace (so it is laid out in lanes like any loaded document), and replay the
 * log on the open map.
 */
import { csvRecords, filterLog, openXlsx, xlsxRows, type EventLog } from '@flowsmith/mining';
import type { ActionContext } from '../actions/action';
import { currentLang } from '../../i18n/i18n';
import { isXesName, isXlsxName } from '../../workers/miningProtocol';
import { guessMapping, toColumnMapping } from './guessMapping';
import { freshChoices, type PendingCsv } from './logStore';
import { toLogFilter } from './logView';
import { CancelledError, runMiningTask } from './miningTask';
import './strings';

/** What the commands use of the app. */
export type LogContext = Pick<ActionContext, 'panels' | 'ui' | 'workspace' | 'editor' | 't'>;

const PREVIEW_BYTES = 64 * 1024;
const PREVIEW_ROWS = 5;

/** The header and first rows of a CSV/TSV file, read from its first 64 KB. */
export async function csvPreview(file: Blob): Promise<{ header: string[]; rows: string[][] }> {
  const truncated = file.size > PREVIEW_BYTES;
  let text = await file.slice(0, PREVIEW_BYTES).text();
  if (truncated) text = text.slice(0, text.lastIndexOf('\n') + 1); // only whole lines
  const records: string[][] = [];
  for await (const r of csvRecords(text)) {
    records.push(r.fields.map((f) => f.trim()));
    if (records.length > PREVIEW_ROWS) break;
  }
  return { header: records[0] ?? [], rows: records.slice(1) };
}

/**
 * The header and first rows of a sheet of an XLSX file (default the first; the whole file is
 * unzipped), and the workbook's sheets.
 */
export async function xlsxPreview(
  file: Blob,
  sheet?: string,
): Promise<{ header: string[]; rows: string[][]; sheets: string[]; sheet: string }> {
  const book = await openXlsx(new Uint8Array(await file.arrayBuffer()), sheet);
  const records: string[][] = [];
  for await (const r of xlsxRows(book)) {
    records.push(r.fields.map((f) => f.trim()));
    if (records.length > PREVIEW_ROWS) break;
  }
  const header = records[0] ?? [];
  const rows = records
    .slice(1)
    .map((r) => [...r, ...Array<string>(header.length).fill('')].slice(0, header.length));
  return { header, rows, sheets: book.sheets, sheet: sheet ?? book.sheets[0] ?? '' };
}

/** Shows another sheet of the XLSX in the mapping dialog: its header, rows and guessed mapping. */
export async function choosePendingSheet(ctx: LogContext, sheet: string): Promise<void> {
  const pending = ctx.panels.log.getState().pending;
  if (!pending) return;
  try {
    const { header, rows } = await xlsxPreview(pending.file, sheet);
    const now = ctx.panels.log.getState().pending;
    if (now?.file !== pending.file) return;
    ctx.panels.log.setState({
      pending: { ...now, header, rows, sheet, draft: guessMapping(header) },
    });
  } catch (e) {
    ctx.panels.log.setState({
      error: ctx.t('log.failed', { name: pending.name, detail: String(e) }),
    });
  }
}

/** The time zone the mapping dialog proposes: the browser's own. */
const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Opens a log file: shows the log panel, then the mapping dialog (CSV/TSV) or reads it (XES). */
export async function openLogFile(ctx: LogContext, file: Blob, name: string): Promise<void> {
  ctx.ui.setState({ panel: 'log' });
  if (isXesName(name)) return readLog(ctx, file, name);
  try {
    const book = isXlsxName(name) ? await xlsxPreview(file) : undefined;
    const { header, rows } = book ?? (await csvPreview(file));
    const pending: PendingCsv = {
      file,
      name,
      header,
      rows,
      draft: guessMapping(header),
      timezone: localZone(),
      ...(book ? { sheets: book.sheets, sheet: book.sheet } : {}),
    };
    ctx.panels.log.setState({ pending, error: null });
  } catch (e) {
    ctx.panels.log.setState({ error: ctx.t('log.failed', { name, detail: String(e) }) });
  }
}

/** Reads the CSV waiting in the mapping dialog with the mapping chosen there. */
export function readPending(ctx: LogContext): Promise<void> {
  const pending = ctx.panels.log.getState().pending;
  if (!pending) return Promise.resolve();
  ctx.panels.log.setState({ pending: null });
  return readLog(
    ctx,
    pending.file,
    pending.name,
    toColumnMapping(pending.draft, pending.timezone),
    pending.sheet,
  );
}

async function readLog(
  ctx: LogContext,
  file: Blob,
  name: string,
  mapping?: ReturnType<typeof toColumnMapping>,
  sheet?: string,
): Promise<void> {
  const store = ctx.panels.log;
  store.getState().reading?.task.cancel();
  const task = runMiningTask(
    {
      type: 'read',
      file,
      name,
      lang: currentLang(),
      ...(mapping ? { mapping } : {}),
      ...(sheet !== undefined ? { sheet } : {}),
    },
    (progress) => {
      const reading = store.getState().reading;
      if (reading?.task === task) store.setState({ reading: { ...reading, progress } });
    },
  );
  store.setState({ reading: { name, progress: 0, task }, error: null });
  try {
    const { result } = await task.result;
    // A simulation compared with the previous log is of no use with this one.
    const validation = store.getState().validation;
    if (validation?.state === 'running') validation.task.cancel();
    store.setState({
      reading: null,
      loaded: {
        name,
        log: result.log,
        problems: result.problems,
        problemCount: result.problemCount,
        ...(mapping?.timezone ? { timezone: mapping.timezone } : {}),
      },
      ...freshChoices(),
    });
    const events = result.log.cases.reduce((n, c) => n + c.events.length, 0);
    ctx.ui.setState({
      notice: {
        kind: 'info',
        text: ctx.t('log.readDone', { name, cases: result.log.cases.length, events }),
      },
    });
  } catch (e) {
    if (store.getState().reading?.task !== task) return; // a newer read took over
    const cancelled = e instanceof CancelledError;
    store.setState({
      reading: null,
      error: cancelled
        ? ctx.t('log.cancelled', { name })
        : ctx.t('log.failed', { name, detail: e instanceof Error ? e.message : String(e) }),
    });
  }
}

/** Stops the read in progress. */
export function cancelRead(ctx: Pick<LogContext, 'panels'>): void {
  ctx.panels.log.getState().reading?.task.cancel();
}

/** The loaded log with the panel's filters applied, or null without a log. */
export function filteredLog(ctx: Pick<LogContext, 'panels'>): EventLog | null {
  const { loaded, filter } = ctx.panels.log.getState();
  if (!loaded) return null;
  const f = toLogFilter(filter);
  return f ? filterLog(loaded.log, f) : loaded.log;
}

/** Discovers a process from the filtered log and opens it as a new document, laid out in lanes. */
export async function discover(ctx: LogContext): Promise<void> {
  const store = ctx.panels.log;
  const log = filteredLog(ctx);
  const loaded = store.getState().loaded;
  if (!log || !loaded) return;
  store.setState({ busy: 'discover', error: null });
  try {
    const name = loaded.name.replace(/\.(csv|tsv|xes|xes\.gz|xlsx)$/i, '');
    const task = runMiningTask({
      type: 'discover',
      log,
      noise: store.getState().noise,
      name: currentLang() === 'zh-CN' ? `${name}（现状）` : `${name} (as-is)`,
      lang: currentLang(),
    });
    const { document } = await task.result;
    await ctx.workspace.openAsNew(document);
    ctx.ui.setState({
      notice: { kind: 'info', text: ctx.t('log.discovered', { name: document.name }) },
    });
  } catch (e) {
    store.setState({ error: e instanceof Error ? e.message : String(e) });
  } finally {
    store.setState({ busy: null });
  }
}

/**
 * Replays the filtered log on the open map; the deviations are marked on its steps, and the
 * drawn figures that differ from the log's (`figuresVersusData`) are listed.
 */
export async function conform(ctx: LogContext): Promise<void> {
  const store = ctx.panels.log;
  const log = filteredLog(ctx);
  if (!log) return;
  const document = ctx.editor.state.doc;
  store.setState({ busy: 'conform', error: null });
  try {
    const zone = store.getState().loaded?.timezone;
    const { conformance, figures } = await runMiningTask({
      type: 'conform',
      log,
      document,
      ...(zone ? { zone } : {}),
    }).result;
    store.setState({ check: { docId: document.id, conformance, figures } });
  } catch (e) {
    store.setState({ error: e instanceof Error ? e.message : String(e) });
  } finally {
    store.setState({ busy: null });
  }
}
