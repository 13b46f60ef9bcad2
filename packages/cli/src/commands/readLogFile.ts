import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { formatMessage, type Lang } from '@flowsmith/model';
import {
  MiningError,
  parseColumnMapping,
  readCsvLog,
  readXesLog,
  readXlsxLog,
  type ReadLogResult,
} from '@flowsmith/mining';
import { CliError } from '../CliError';
import { ioMessages } from '../io/ioMessages';
import { miningCliMessage } from './miningCliMessages';

/** How many left-out rows are listed on stderr; the rest are counted. */
const LISTED = 20;

/**
 * Reads the event log at `path` in a stream (XES, CSV or TSV, gzipped when it ends in `.gz`), or
 * an XLSX export whole (the sheet named `sheet`, else the first), CSV and sheet columns mapped by
 * `map` (`case=…,activity=…`) and guessed otherwise. Left-out rows are
 * listed on stderr (`file:line: why`, the first 20). Throws `CliError`: exit 2 for a file that
 * cannot be read, of another kind, or a mapping that does not fit; exit 1 for a log without cases.
 */
export async function readLogFile(
  path: string,
  map: string | undefined,
  lang: Lang,
  sheet?: string,
): Promise<ReadLogResult> {
  const lower = path.toLowerCase();
  const plain = lower.endsWith('.gz') ? lower.slice(0, -3) : lower;
  if (plain.endsWith('.xls'))
    throw new CliError(miningCliMessage('log.xlsx', { file: path }, lang), 2, 'log.format');
  const kind = plain.endsWith('.xes')
    ? 'xes'
    : /\.(csv|tsv|txt)$/.test(plain)
      ? 'csv'
      : lower.endsWith('.xlsx')
        ? 'xlsx'
        : undefined;
  if (!kind)
    throw new CliError(miningCliMessage('log.format', { file: path }, lang), 2, 'log.format');
  try {
    await stat(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError(
      formatMessage(ioMessages, 'file.unreadable', { file: path, reason }, lang),
      2,
      'file.unreadable',
    );
  }
  let result: ReadLogResult;
  try {
    if (kind === 'xlsx') {
      const mapping = map ? parseColumnMapping(map, lang) : {};
      const bytes = new Uint8Array(await readFile(path));
      result = await readXlsxLog(bytes, { mapping, lang, ...(sheet ? { sheet } : {}) });
      return reportProblems(path, result, lang);
    }
    const file = createReadStream(path);
    const source = (
      lower.endsWith('.gz') ? file.pipe(createGunzip()) : file
    ) as AsyncIterable<Uint8Array>;
    if (kind === 'xes') result = await readXesLog(source, { lang });
    else {
      const mapping = map ? parseColumnMapping(map, lang) : {};
      result = await readCsvLog(source, {
        mapping,
        lang,
        ...(plain.endsWith('.tsv') ? { delimiter: '\t' } : {}),
      });
    }
  } catch (error) {
    if (error instanceof MiningError)
      throw new CliError(`${path}: ${error.message}`, 2, error.code);
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(
      formatMessage(ioMessages, 'file.unreadable', { file: path, reason }, lang),
      2,
      'file.unreadable',
    );
  }
  return reportProblems(path, result, lang);
}

/** Lists the left-out rows on stderr; a log without cases is a CliError (exit 1). */
function reportProblems(path: string, result: ReadLogResult, lang: Lang): ReadLogResult {
  const shown = result.problems.slice(0, LISTED);
  const lines = shown.map((p) =>
    miningCliMessage('log.problem', { file: path, line: p.line, message: p.message }, lang),
  );
  if (result.problemCount > shown.length)
    lines.push(
      miningCliMessage('log.moreProblems', { count: result.problemCount - shown.length }, lang),
    );
  if (lines.length) process.stderr.write(`${lines.join('\n')}\n`);
  if (result.log.cases.length === 0)
    throw new CliError(miningCliMessage('log.empty', { file: path }, lang), 1, 'log.empty');
  return result;
}
