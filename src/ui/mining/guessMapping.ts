import {
  guessColumns,
  MAPPED_COLUMNS,
  type ColumnMapping,
  type MappedColumn,
} from '@flowsmith/mining';

export { MAPPED_COLUMNS, type MappedColumn } from '@flowsmith/mining';

/** A mapping being chosen: each column's header name, or undefined for none. */
export type DraftMapping = Partial<Record<MappedColumn, string>>;

/**
 * The dialog's first guess of which header column is which (`guessColumns` of
 * `@flowsmith/mining`, the same guess the CLI makes). Pure.
 */
export function guessMapping(header: readonly string[]): DraftMapping {
  return guessColumns(header);
}

/** True when `draft` names a case id, an activity and at least one time column. Pure. */
export function isComplete(draft: DraftMapping): boolean {
  return Boolean(draft.case && draft.activity && (draft.start || draft.complete));
}

/** The reader's mapping for a complete draft, with the time zone of times without an offset. Pure. */
export function toColumnMapping(draft: DraftMapping, timezone: string): Partial<ColumnMapping> {
  const mapping: Partial<ColumnMapping> = { attributes: [] };
  for (const key of MAPPED_COLUMNS) if (draft[key]) mapping[key] = draft[key];
  if (timezone) mapping.timezone = timezone;
  return mapping;
}
