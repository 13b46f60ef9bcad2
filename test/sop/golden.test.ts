/**
 * Golden SOPs: the Markdown (`*.golden.md`, which prettier leaves alone) and flowchart SVG of two
 * examples, stored under golden/ and reviewed as diffs. A change to the SOP shows up here; after
 * checking it, `UPDATE_GOLDEN=1 pnpm vitest run test/sop` rewrites the files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSop, layoutForSop, renderMarkdown, type SopBlock } from '@flowsmith/sop';
import { loadExample } from './loadExample';

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

describe('golden SOPs', () => {
  it.each([
    ['purchase-approval-to-be', 'zh-CN'],
    ['order-to-cash', 'en'],
  ] as const)('%s (%s) matches its golden Markdown and SVG', async (name, lang) => {
    const doc = loadExample(name);
    const positions = await layoutForSop(doc);
    const tree = buildSop(doc, positions ? { positions } : {});
    expect(tree.lang).toBe(lang);
    compare(`${name}.golden.md`, renderMarkdown(tree, { diagramHref: `${name}.svg` }));
    const diagram = tree.blocks.find(
      (b): b is Extract<SopBlock, { type: 'diagram' }> => b.type === 'diagram',
    )!;
    compare(`${name}.svg`, `${diagram.svg}\n`);
  });
});
