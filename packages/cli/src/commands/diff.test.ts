import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { gallery } from '@flowsmith/model';
import { runCli } from '../runCli';

let dir: string;
const example = (name: string) =>
  join(import.meta.dirname, '../../../../examples', `${name}.flow.json`);

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((c) => ((stdout += String(c)), true));
  const err = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((c) => ((stderr += String(c)), true));
  try {
    return { code: await runCli(['node', 'flowsmith', ...args]), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flowsmith-diff-'));
  await writeFile(join(dir, 'a.flow.json'), JSON.stringify(gallery.sequence3));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('flowsmith diff', () => {
  it('lists the changes of the purchase example, readable, in Chinese', async () => {
    const r = await run(
      'diff',
      example('purchase-approval-as-is'),
      example('purchase-approval-to-be'),
      '--lang',
      'zh-CN',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('删除步骤「部门经理复核」');
    expect(r.stdout).toContain('新增步骤「系统生成采购订单」');
    expect(r.stdout).toMatch(/共 \d+ 组变更/);
  });

  it('prints JSON with the merge of the expense example', async () => {
    const r = await run(
      'diff',
      example('expense-reimbursement-as-is'),
      example('expense-reimbursement-to-be'),
      '--json',
      '--lang',
      'en',
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      steps: Array<{ kind: string; asIs?: string[] }>;
      groups: unknown[];
      changes: Array<{ text: string }>;
    };
    expect(json.steps).toContainEqual(
      expect.objectContaining({ kind: 'merged', asIs: ['auditClaim', 'postVoucher'] }),
    );
    expect(json.groups.length).toBeGreaterThan(0);
    expect(json.changes.some((c) => c.text.startsWith('Merged'))).toBe(true);
  });

  it('says so when nothing differs', async () => {
    const f = join(dir, 'a.flow.json');
    const r = await run('diff', f, f, '--lang', 'en');
    expect(r.stdout).toContain('No differences.');
  });

  it('exits 2 for a missing file', async () => {
    const r = await run(
      'diff',
      join(dir, 'nope.flow.json'),
      join(dir, 'a.flow.json'),
      '--lang',
      'en',
    );
    expect(r.code).toBe(2);
  });
});
