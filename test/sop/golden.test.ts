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
    ['purchase-approval-to-be', 'en'],
    ['order-to-cash', 'en'],
  ] as const)('%s (%s) matches its golden Markdown and SVG', async (name, lang) => {
    const doc = loadExample(name);
    const positions = await layoutForSop(doc);
    const tree = buildSop(doc, { lang, ...(positions ? { positions } : {}) });
    // the document language's files keep their names; another language's get its tag
    const file = lang === tree.lang && (doc.language ?? 'en') === lang ? name : `${name}.${lang}`;
    compare(`${file}.golden.md`, renderMarkdown(tree, { diagramHref: `${name}.svg` }));
    // the printed parts of the flowchart, one line each: orientation, scale, caption
    compare(
      `${file}.pages.txt`,
      tree.blocks
        .flatMap((b) => (b.type === 'diagram' ? (b.pages ?? []) : []))
        .map(
          (p) =>
            `${p.orientation} ${p.scale.toFixed(3)} ${p.width}×${p.height} ${p.caption ?? ''}\n`,
        )
        .join(''),
    );
    const diagram = tree.blocks.find(
      (b): b is Extract<SopBlock, { type: 'diagram' }> => b.type === 'diagram',
    )!;
    if (file === name) compare(`${name}.svg`, `${diagram.svg}\n`);
  });
});
