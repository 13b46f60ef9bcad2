import type { SopBlock } from '../tree';

/** Tables up to about this much text (CJK characters count double) are kept on one page. */
const KEEP_TEXT = 600;
/** …and up to this many rows. */
const KEEP_ROWS = 12;

/**
 * Whether a table is short enough to keep on one page (the KPI table, the approval grid), so it
 * is moved whole rather than split; long tables (the procedure) break between rows instead, with
 * their header repeated. Pure; shared by the HTML and DOCX renderers.
 */
export function keepTogether(block: Extract<SopBlock, { type: 'table' }>): boolean {
  if (block.rows.length > KEEP_ROWS) return false;
  let weight = 0;
  for (const row of block.rows)
    for (const cell of row) for (const c of cell) weight += c.codePointAt(0)! > 0x2e80 ? 2 : 1;
  return weight <= KEEP_TEXT;
}
