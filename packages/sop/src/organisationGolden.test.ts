/**
 * Golden SOP and job descriptions of a process with an inclusive gateway, a terminate end, a
 * batch step, case data set by steps, named members and a priority queue (issue 18), stored
 * under golden/ and reviewed as diffs. After checking a change,
 * `UPDATE_GOLDEN=1 pnpm vitest run packages/sop` rewrites the files.
 */
/// <reference types="node" />
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJobs } from './buildJobs';
import { buildSop } from './buildSop';
import { layoutForSop } from './layoutForSop';
import { renderMarkdown } from './render/renderMarkdown';
import { batchClaimsProcess } from './testing/batchClaimsProcess';

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

describe('golden SOP and job descriptions with an OR gateway, a terminate end and a batch', () => {
  it.each(['zh-CN', 'en'] as const)(
    'B1 B2 N7 N8 the SOP (%s) matches its golden Markdown',
    async (lang) => {
      const doc = batchClaimsProcess();
      const positions = await layoutForSop(doc);
      const tree = buildSop(doc, { lang, ...(positions ? { positions } : {}) });
      compare(
        `batch-claims.${lang}.golden.md`,
        renderMarkdown(tree, { diagramHref: 'batch-claims.svg' }),
      );
      if (lang === 'zh-CN') {
        const diagram = tree.blocks.find((b) => b.type === 'diagram');
        compare('batch-claims.svg', `${diagram?.type === 'diagram' ? diagram.svg : ''}\n`);
      }
    },
  );

  it('the job descriptions (zh-CN) match their golden Markdown', () => {
    compare('batch-claims.jobs.golden.md', renderMarkdown(buildJobs(batchClaimsProcess())));
  });
});
