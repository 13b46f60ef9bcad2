/**
 * Golden job descriptions (岗位说明书): the Markdown of the purchase-approval to-be (zh-CN) and
 * order-to-cash (en), stored under golden/ and reviewed as diffs. After checking a change,
 * `UPDATE_GOLDEN=1 pnpm vitest run test/sop` rewrites the files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJobs, renderMarkdown } from '@flowsmith/sop';
import { loadExample } from './loadExample';

const golden = (file: string) => join(import.meta.dirname, 'golden', file);
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden job descriptions', () => {
  it.each([
    ['purchase-approval-to-be', 'zh-CN'],
    ['order-to-cash', 'en'],
  ] as const)('%s (%s) matches its golden Markdown', (name, lang) => {
    const tree = buildJobs(loadExample(name));
    expect(tree.lang).toBe(lang);
    const file = `${name}.jobs.golden.md`;
    const actual = renderMarkdown(tree);
    if (update || !existsSync(golden(file))) {
      writeFileSync(golden(file), actual);
      if (!update) throw new Error(`${file} did not exist; written, check it and run again`);
      return;
    }
    expect(actual).toBe(readFileSync(golden(file), 'utf8'));
  });

  it('describes only people: no job description for a system or an outside party', () => {
    const tree = buildJobs(loadExample('purchase-approval-to-be'));
    const posts = tree.blocks.flatMap((b) =>
      b.type === 'heading' && b.level === 2 ? [b.text] : [],
    );
    expect(posts).toEqual([
      '岗位说明书：部门经理',
      '岗位说明书：采购专员',
      '岗位说明书：总经理',
      '岗位说明书：仓库管理员',
      '岗位说明书：财务会计',
      '接口：系统与外部单位',
    ]);
    const text = JSON.stringify(tree.blocks);
    expect(text).not.toContain('168');
    expect(text).not.toContain('编制人数（能力）');
  });
});
