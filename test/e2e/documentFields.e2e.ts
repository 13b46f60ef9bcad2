/**
 * The fields a controlled SOP and a 岗位说明书 need, filled in the app with mouse and keyboard:
 * the process's document control and a definition in the inspector (a date that does not exist
 * refused with its reason), a role's department, reports-to, kind and qualifications in the roles
 * panel, a record's form number and retention in the data panel, a KPI's formula and period in the
 * risks panel; Ctrl+S saves them all.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ProcessDocument } from '@flowsmith/model';
import { appSuite } from './harness/appSuite';
import { openFile } from './harness/openFile';
import { purchase, writeTemp } from './harness/fixtures';

const app = appSuite();

const fixture = {
  ...purchase,
  roles: [...purchase.roles, { id: 'vendor', name: '供应商' }],
  data: [{ id: 'po', name: '采购单' }],
  kpis: [{ id: 'kpiLead', name: '采购周期', target: '≤ 3 d' }],
};

/** Clicks a field, types as a user does and commits with Enter (or Tab for a multi-line box). */
async function type(page: Page, testId: string, text: string, commit = 'Enter') {
  const field = page.getByTestId(testId);
  await field.click();
  await field.press('Control+a');
  await page.keyboard.type(text);
  await page.keyboard.press(commit);
}

describe('document fields', () => {
  it('edits document control, a definition, role and record fields, and saves them', async () => {
    const { page, trap, context } = await app.open({ locale: 'zh-CN', filePickers: false });
    await openFile(page, await writeTemp('purchase.flow.json', fixture));
    await expect.poll(() => page.getByTestId('doc-name').textContent()).toBe('采购审批');
    const side = page.locator('.fs-side');

    // The process inspector (nothing selected): 文件编号, a date that does not exist, then a real one.
    await type(page, 'control-number', 'QP-PUR-001');
    await type(page, 'control-effectiveDate', '2026-02-30');
    await expect
      .poll(() => side.getByRole('alert').first().textContent())
      .toContain('effectiveDate');
    await type(page, 'control-effectiveDate', '2026-03-01');
    await page.getByTestId('definition-add').click();
    await type(page, 'definition-term-0', '三单匹配');
    await type(page, 'definition-meaning-0', '订单、入库单与发票核对一致', 'Tab');

    // The roles panel: the clerk reports to the manager; the vendor is an outside party.
    await side.getByRole('tab', { name: /角色/ }).click();
    await page.getByTestId('role-job-0').locator('summary').click();
    await type(page, 'role-department-0', '采购部');
    await page.getByTestId('role-reportsTo-0').selectOption('manager');
    await type(page, 'role-qualifications-0', '大专及以上学历', 'Shift+Enter');
    await page.keyboard.type('两年采购经验');
    await page.keyboard.press('Tab');
    await page.getByTestId('role-job-1').locator('summary').click();
    // A reporting line back to the clerk is refused, with the reason under the field.
    await page.getByTestId('role-reportsTo-1').selectOption('clerk');
    await expect.poll(() => page.getByTestId('role-job-1').textContent()).toContain('循环');
    await page.getByTestId('role-job-2').locator('summary').click();
    await page.getByTestId('role-kind-2').selectOption('external');
    await page.getByTestId('role-job-0').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/document-fields-roles.png' });

    // The data panel: the purchase order's form number and how long it is kept.
    await side.getByRole('tab', { name: /数据/ }).click();
    await side.getByText('记录保存').click();
    await type(page, 'data-formNumber-0', 'QP-PUR-001-F03');
    await type(page, 'data-retention-0', '10 年');

    // The risks and KPIs panel: how the KPI is computed and how often (计算公式, 统计周期).
    await side.getByRole('tab', { name: /风险与指标/ }).click();
    await type(page, 'kpi-formula-0', '从申请提交到订单下达的日历天数平均值', 'Tab');
    await type(page, 'kpi-period-0', '按月');
    await page.screenshot({ path: 'test-results/document-fields-kpis.png' });

    const download = page.waitForEvent('download');
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+s');
    const saved = JSON.parse(
      await readFile(await (await download).path(), 'utf8'),
    ) as ProcessDocument;
    expect(saved.documentControl).toEqual({ number: 'QP-PUR-001', effectiveDate: '2026-03-01' });
    expect(saved.definitions).toEqual([
      { term: '三单匹配', meaning: '订单、入库单与发票核对一致' },
    ]);
    expect(saved.roles).toEqual([
      {
        id: 'clerk',
        name: '采购专员',
        department: '采购部',
        reportsTo: 'manager',
        qualifications: ['大专及以上学历', '两年采购经验'],
      },
      { id: 'manager', name: '经理' },
      { id: 'vendor', name: '供应商', kind: 'external' },
    ]);
    expect(saved.data).toEqual([
      { id: 'po', name: '采购单', form: { number: 'QP-PUR-001-F03', retention: '10 年' } },
    ]);
    expect(saved.kpis).toEqual([
      {
        id: 'kpiLead',
        name: '采购周期',
        target: '≤ 3 d',
        formula: '从申请提交到订单下达的日历天数平均值',
        period: '按月',
      },
    ]);
    trap.expectClean();
    await context.close();
  });
});
