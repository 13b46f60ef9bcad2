import { writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import { exampleFile } from '../testing/exampleFile';
import { runCapture } from '../testing/runCapture';
import { jsonResult } from '../testing/jsonResult';
import { tempDir } from '../testing/tempDir';

const { file } = tempDir('diff');

beforeAll(async () => {
  await writeFile(file('a.flow.json'), JSON.stringify(gallery.sequence3));
});

describe('flowsmith diff', () => {
  it('lists the changes of the purchase example, readable, in Chinese', async () => {
    const r = await runCapture(
      'diff',
      exampleFile('purchase-approval-as-is'),
      exampleFile('purchase-approval-to-be'),
      '--lang',
      'zh-CN',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('删除步骤「部门经理复核」');
    expect(r.stdout).toContain('新增步骤「系统生成采购订单」');
    expect(r.stdout).toMatch(/共 \d+ 组变更/);
  });

  it('prints JSON with the merge of the expense example', async () => {
    const r = await runCapture(
      'diff',
      exampleFile('expense-reimbursement-as-is'),
      exampleFile('expense-reimbursement-to-be'),
      '--json',
      '--lang',
      'en',
    );
    expect(r.code).toBe(0);
    const json = jsonResult<{
      steps: Array<{ kind: string; asIs?: string[] }>;
      groups: unknown[];
      changes: Array<{ text: string }>;
    }>(r);
    expect(json.steps).toContainEqual(
      expect.objectContaining({ kind: 'merged', asIs: ['auditClaim', 'postVoucher'] }),
    );
    expect(json.groups.length).toBeGreaterThan(0);
    expect(json.changes.some((c) => c.text.startsWith('Merged'))).toBe(true);
  });

  it('says so when nothing differs', async () => {
    const f = file('a.flow.json');
    const r = await runCapture('diff', f, f, '--lang', 'en');
    expect(r.stdout).toContain('No differences.');
  });

  it('exits 2 for a missing file', async () => {
    const r = await runCapture('diff', file('nope.flow.json'), file('a.flow.json'), '--lang', 'en');
    expect(r.code).toBe(2);
  });
});
