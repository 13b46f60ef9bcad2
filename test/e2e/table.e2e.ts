/**
 * The table view: rows typed and pasted from a spreadsheet are the same document the map shows.
 */
import { describe, expect, it } from 'vitest';
import { appSuite } from './harness/appSuite';
import { sizeText } from './harness/driver';

const app = appSuite();

describe('table view', () => {
  it('adds a typed row and pasted spreadsheet rows, edits a duration, and the map shows them', async () => {
    const { page, trap, context } = await app.open();
    await page.keyboard.press('Control+Shift+T');
    const newRow = page.getByTestId('table-new-row');
    await newRow.fill('Receive order');
    await newRow.press('Enter');
    expect(await sizeText(page)).toBe('1 steps · 0 flows');

    // Three rows as Excel puts them on the clipboard: tab-separated, a header line first.
    const tsv =
      'Name\tRole\tKind\tDuration\tNext\tValue\nCheck stock\tWarehouse\treview\t5-10-20\tShip\tBVA\nShip\tWarehouse\tmanual\t2 h\t\tVA\nInvoice\tFinance\tsystem\t~3\t\tBVA\n';
    await page.locator('.fs-table-view').evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, tsv);
    await expect.poll(() => sizeText(page)).toBe('4 steps · 1 flows');
    expect(await page.locator('.fs-table tbody tr').count()).toBe(5);
    expect(await page.getByRole('status').filter({ hasText: 'Added 3 rows' }).count()).toBe(1);

    // A duration typed as text; a wrong one is explained and kept.
    const duration = page.getByLabel('Duration 1', { exact: true });
    await duration.fill('10-15-30');
    await duration.press('Enter');
    await duration.fill('soon');
    await duration.press('Tab');
    expect(await page.locator('.fs-cell-error').textContent()).toContain('Write a duration like');
    expect(await duration.inputValue()).toBe('soon');
    await duration.fill('10-15-30 min');
    await duration.press('Enter');

    // Back on the map: the pasted roles became lanes, the tasks sit in them.
    await page.keyboard.press('Control+Shift+T');
    await page.locator('.react-flow__node-step').first().waitFor();
    await expect
      .poll(() => page.locator('.fs-lane-name').allTextContents())
      .toEqual(['Warehouse', 'Finance']);
    expect(await page.locator('.react-flow__node-step').allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('10–15–30 min'),
        expect.stringContaining('Check stock'),
      ]),
    );
    await page.screenshot({ path: 'test-results/table-to-map.png' });
    trap.expectClean();
    await context.close();
  });

  it('takes pasted rows whose kinds, values, types and durations are written in Chinese', async () => {
    const { page, trap, context } = await app.open({ locale: 'zh-CN' });
    await page.keyboard.press('Control+Shift+T');
    const paste = (text: string) =>
      page.locator('.fs-table-view').evaluate((el, t) => {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        el.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }, text);

    // An unknown kind is refused, naming its line and column; nothing is added.
    await paste('名称\t角色\t类型\n填写申请\t申请人\t跳舞\n');
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContainEqual(expect.stringContaining('第 2 行“类型”列：“跳舞”不是任务类型'));
    expect(await page.locator('.fs-table tbody tr').count()).toBe(1);

    // The labels the table's own dropdowns show, and durations as people write them.
    await paste(
      '名称\t角色\t类型\t时长\t下一步\t价值\n' +
        '填写申请\t申请人\t人工\t30分钟\t主管审批\t增值\n' +
        '主管审批\t主管\t审批\t2小时\t系统归档\t必要非增值\n' +
        '系统归档\t主管\t系统\t1天\t\t非增值\n',
    );
    await expect.poll(() => page.locator('.fs-table tbody tr').count()).toBe(4);
    expect(await page.getByRole('status').filter({ hasText: '已添加 3 行' }).count()).toBe(1);
    const kinds = await Promise.all(
      [1, 2, 3].map((i) => page.getByLabel(`类型 ${i}`, { exact: true }).inputValue()),
    );
    expect(kinds).toEqual(['manual', 'approval', 'system']);
    const values = await Promise.all(
      [1, 2, 3].map((i) => page.getByLabel(`价值 ${i}`, { exact: true }).inputValue()),
    );
    expect(values).toEqual(['VA', 'BVA', 'NVA']);
    expect(await page.getByLabel('时长 2', { exact: true }).inputValue()).toBe('2 h');
    trap.expectClean();
    await context.close();
  });
});
