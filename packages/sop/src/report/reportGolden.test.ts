/**
 * Golden reports: the purchase-approval as-is → to-be report in zh-CN and en, as the Markdown of
 * its document tree (`*.golden.md`, which prettier leaves alone; diagrams linked, not inlined) and
 * the page-1 before/after chart, stored under golden/ and reviewed as diffs. After checking a
 * change, `UPDATE_GOLDEN=1 pnpm vitest run packages/sop/src/report` rewrites the files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutForSop } from '../layoutForSop';
import { renderMarkdown } from '../render/renderMarkdown';
import { buildComparisonReport } from './buildComparisonReport';
import { reportToSopTree } from './reportToSopTree';
import { purchaseApprovalPair } from './testing/loadExamplePair';

const golden = (file: string) => join(import.meta.dirname, 'golden', file);
const update = process.env.UPDATE_GOLDEN === '1';

function compare(file: string, actual: string): void {
  if (update || !existsSync(golden(file))) {
    writeFileSync(golden(file), actual);
    if (!update) throw new Error(`${file} did not exist; written, check it and run again`);
    return;
  }
  expect(actual).toBe(readFileSync(golden(file), 'utf8'));
}

describe('golden comparison reports', () => {
  it.each(['zh-CN', 'en'] as const)('purchase approval (%s)', async (lang) => {
    const { asIs, toBe } = purchaseApprovalPair();
    const [pa, pb] = await Promise.all([layoutForSop(asIs), layoutForSop(toBe)]);
    const tree = buildComparisonReport({
      asIs,
      toBe,
      lang,
      positions: { ...(pa ? { asIs: pa } : {}), ...(pb ? { toBe: pb } : {}) },
    });
    const name = `purchase-approval-report.${lang}`;
    compare(
      `${name}.golden.md`,
      renderMarkdown(reportToSopTree(tree), { diagramHref: 'chart.svg' }),
    );
    const chart = tree.blocks.find((b) => b.type === 'diagram')!;
    compare(`${name}.chart.svg`, `${chart.type === 'diagram' ? chart.svg : ''}\n`);
  });
});
