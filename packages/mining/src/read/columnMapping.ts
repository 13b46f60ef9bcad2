import type { Lang } from '@flowsmith/model';
import { MiningError } from '../messages/MiningError';
import { guessColumns, MAPPED_COLUMNS, type MappedColumn } from './guessColumns';

/** Which CSV column holds what (column names as in the header). */
export interface ColumnMapping {
  case: string;
  activity: string;
  /** At least one of `start` and `complete`. */
  start?: string;
  complete?: string;
  resource?: string;
  role?: string;
  /** Case attributes to keep (the value of the last row of the case that has one). */
  attributes: string[];
  /** Time zone of timestamps that carry no offset (IANA name or `+08:00`); default UTC. */
  timezone?: string;
}

const KEYS = ['case', 'activity', 'start', 'complete', 'resource', 'role', 'attr', 'timezone'];

/**
 * Reads `case=Ticket,activity=Step,complete=Done at,attr=priority,attr=channel` (the CLI's `--map`)
 * into a partial mapping. Throws a `MiningError` for an entry that is not `key=column`. Pure.
 */
export function parseColumnMapping(text: string, lang: Lang = 'en'): Partial<ColumnMapping> {
  const mapping: Partial<ColumnMapping> = {};
  for (const entry of text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const eq = entry.indexOf('=');
    const key = eq > 0 ? entry.slice(0, eq).trim().toLowerCase() : '';
    const value = entry.slice(eq + 1).trim();
    if (!KEYS.includes(key) || !value) throw MiningError.of('map.badEntry', { entry }, lang);
    if (key === 'attr') (mapping.attributes ??= []).push(value);
    else (mapping as Record<string, string>)[key] = value;
  }
  return mapping;
}

/**
 * The mapping of `header`: the entries of `given` (checked against the header), the rest guessed
 * from common column names (`guessColumns`: `case_id`, `activity`, `timestamp`, `org:resource`,
 * `开始时间`, `报销单号`, `处理人`, …). Throws a `MiningError` naming the columns when a given column is missing or no case,
 * activity or timestamp column can be found. Pure.
 */
export function resolveColumnMapping(
  header: readonly string[],
  given: Partial<ColumnMapping> = {},
  lang: Lang = 'en',
): ColumnMapping {
  const names = header.map((h) => h.trim());
  const columns = names.join(', ');
  const placed = new Set(MAPPED_COLUMNS.flatMap((k) => (given[k] !== undefined ? [given[k]] : [])));
  const guessed = guessColumns(names, placed);
  const pick = (key: MappedColumn): string | undefined => {
    const asked = given[key];
    if (asked !== undefined) {
      if (!names.includes(asked))
        throw MiningError.of('map.unknownColumn', { column: asked, columns }, lang);
      return asked;
    }
    return guessed[key];
  };
  for (const a of given.attributes ?? [])
    if (!names.includes(a)) throw MiningError.of('map.unknownColumn', { column: a, columns }, lang);
  const caseCol = pick('case');
  if (!caseCol) throw MiningError.of('map.noCase', { columns }, lang);
  const activity = pick('activity');
  if (!activity) throw MiningError.of('map.noActivity', { columns }, lang);
  const start = pick('start');
  const complete = pick('complete');
  if (!start && !complete) throw MiningError.of('map.noTime', { columns }, lang);
  const role = pick('role');
  const resource = pick('resource');
  return {
    case: caseCol,
    activity,
    ...(start ? { start } : {}),
    ...(complete && complete !== start ? { complete } : {}),
    ...(resource ? { resource } : {}),
    ...(role && (role !== resource || given.role) ? { role } : {}),
    attributes: given.attributes ?? [],
    ...(given.timezone ? { timezone: given.timezone } : {}),
  };
}
