import type { Lang } from '@flowsmith/model';
import type { ReadLogResult } from '../log/eventLog';
import { MiningError } from '../messages/MiningError';
import { miningMessage } from '../messages/miningMessages';
import { resolveColumnMapping, type ColumnMapping } from './columnMapping';
import { LogBuilder } from './LogBuilder';
import { parseTimestamp } from './parseTimestamp';
import { ProblemList } from './ProblemList';
import { parseTimeZone, type TimeZone } from './timeZone';

/** Options of {@link readRecordsLog} (and the readers of CSV and XLSX built on it). */
export interface ReadRecordsOptions {
  /** Columns named by the caller; the rest are guessed from the header. */
  mapping?: Partial<ColumnMapping>;
  lang?: Lang;
  /** Called every 50,000 rows with the number of rows read. */
  onProgress?: (rows: number) => void;
  /** Checked between rows: when aborted, reading stops with what was read. */
  signal?: { readonly aborted: boolean };
}

/**
 * Reads an event log from rows of text fields (the first is the header), one activity instance
 * per row, through a column mapping (given, else guessed from the header:
 * {@link resolveColumnMapping}). Timestamps may be ISO 8601, `2024/3/5 14:30` or
 * `2024年3月5日 14:30`; those without an offset are in the mapping's `timezone` (default UTC). A
 * row with the wrong number of fields, no case id or activity, or a timestamp that cannot be read
 * is left out and reported with its `line`. Throws a `MiningError` only when the mapping does not
 * fit the header (nothing could be read then).
 */
export async function readRecordsLog(
  records: AsyncIterable<{ fields: string[]; line: number }>,
  options: ReadRecordsOptions = {},
): Promise<ReadLogResult> {
  const lang = options.lang;
  const builder = new LogBuilder();
  const problems = new ProblemList();
  let header: string[] | undefined;
  let map:
    | { mapping: ColumnMapping; zone: TimeZone; at: Record<string, number>; attrs: number[] }
    | undefined;
  let rows = 0;
  for await (const record of records) {
    if (!header || !map) {
      header = record.fields.map((f) => f.trim());
      const mapping = resolveColumnMapping(header, options.mapping, lang);
      const zone = mapping.timezone ? parseTimeZone(mapping.timezone) : { offsetMinutes: 0 };
      if (!zone) throw MiningError.of('map.badZone', { zone: mapping.timezone ?? '' }, lang);
      const at: Record<string, number> = {};
      for (const key of ['case', 'activity', 'start', 'complete', 'resource', 'role'] as const) {
        const column = mapping[key];
        if (column !== undefined) at[key] = header.indexOf(column);
      }
      map = { mapping, zone, at, attrs: mapping.attributes.map((a) => header!.indexOf(a)) };
      continue;
    }
    rows++;
    if (rows % 50_000 === 0) options.onProgress?.(rows);
    if (options.signal?.aborted) break;
    const f = record.fields;
    if (f.length !== header.length) {
      problems.add(
        record.line,
        'row.columns',
        miningMessage('row.columns', { expected: header.length, found: f.length }, lang),
      );
      continue;
    }
    const { at, mapping, zone } = map;
    const caseId = f[at.case!]!.trim();
    if (!caseId) {
      problems.add(
        record.line,
        'row.noCase',
        miningMessage('row.noCase', { column: mapping.case }, lang),
      );
      continue;
    }
    const activity = f[at.activity!]!.trim();
    if (!activity) {
      problems.add(
        record.line,
        'row.noActivity',
        miningMessage('row.noActivity', { column: mapping.activity }, lang),
      );
      continue;
    }
    const times: { start?: number; complete?: number } = {};
    let bad = false;
    for (const key of ['start', 'complete'] as const) {
      const i = at[key];
      if (i === undefined) continue;
      const text = f[i]!.trim();
      if (!text) continue;
      const t = parseTimestamp(text, zone);
      if (t === undefined) {
        problems.add(
          record.line,
          'row.badTime',
          miningMessage('row.badTime', { column: mapping[key]!, value: text.slice(0, 40) }, lang),
        );
        bad = true;
        break;
      }
      times[key] = t;
    }
    if (bad) continue;
    const complete = times.complete ?? times.start;
    if (complete === undefined) {
      problems.add(record.line, 'row.noTime', miningMessage('row.noTime', {}, lang));
      continue;
    }
    if (times.start !== undefined && times.start > complete) {
      problems.add(
        record.line,
        'row.startAfterComplete',
        miningMessage('row.startAfterComplete', {}, lang),
      );
      continue;
    }
    const resource = at.resource !== undefined ? f[at.resource]!.trim() : '';
    const role = at.role !== undefined ? f[at.role]!.trim() : '';
    builder.instance(caseId, {
      activity,
      complete,
      ...(times.start !== undefined && times.complete !== undefined ? { start: times.start } : {}),
      ...(resource ? { resource } : {}),
      ...(role ? { role } : {}),
    });
    map.attrs.forEach((i, k) => {
      const v = f[i]!.trim();
      if (v) {
        const n = Number(v);
        builder.caseAttribute(
          caseId,
          mapping.attributes[k]!,
          v !== '' && Number.isFinite(n) ? n : v,
        );
      }
    });
  }
  return { log: builder.build(), problems: problems.list, problemCount: problems.count };
}
