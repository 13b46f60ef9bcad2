import type { ReportTree } from '../reportTree';

/**
 * How much a report tree holds, as a count of things built (tests only): one per block, table
 * cell, change line and SVG element (of a diagram and of its print pages). A report is bounded when this stays within a budget linear in
 * the size of the two processes. Pure.
 */
export function reportWork(tree: ReportTree): number {
  let n = 0;
  for (const b of tree.blocks) {
    n += 1;
    if (b.type === 'table') n += b.header.length + b.rows.reduce((k, r) => k + r.length, 0);
    else if (b.type === 'changes') n += b.items.reduce((k, c) => k + 1 + c.lines.length, 0);
    else if (b.type === 'diagram')
      for (const svg of [b.svg, ...(b.pages ?? []).map((p) => p.svg)])
        n += svg.split('<').length - 1;
    else if (b.type === 'list' || b.type === 'warning') n += b.items.length;
  }
  return n;
}
