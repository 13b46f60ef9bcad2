/**
 * "Simulate and compare with the log" in the app: a ticket export of known make (400 tickets of
 * a small process, test/e2e/validationLog.ts) dropped on the app and mapped, the as-is
 * discovered, then simulated five times and compared with the log — the run under way, then the
 * table, every judged figure within its tolerance; in Chinese the same with Chinese headings; a
 * slow map's simulation cancelled; and a map the simulator refuses shows why and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { appSuite } from './harness/appSuite';
import { dropFile } from './harness/dropFile';
import { ticketExport, ticketProcess } from './validationLog';

const app = appSuite();
const VIEWPORT = { width: 1440, height: 900 };
const shot = (name: string) => join(import.meta.dirname, `../../test-results/${name}.png`);
const csv = ticketExport(400, 12);

/** Reads the export through the mapping dialog (columns guessed, times in UTC), then discovers. */
async function readAndDiscover(page: Page, words: { read: string; discover: string }) {
  await dropFile(page, '工单导出.csv', csv);
  const dialog = page.getByTestId('log-mapping');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await dialog.locator('select').last().selectOption('UTC');
  await dialog.getByRole('button', { name: words.read }).click();
  const panel = page.getByTestId('log-panel');
  await expect
    .poll(() => panel.locator('[data-stat="cases"]').textContent(), { timeout: 30_000 })
    .toBe('400');
  await panel.getByRole('button', { name: words.discover }).click();
  await expect
    .poll(() => page.locator('.react-flow__node-step', { hasText: '驳回' }).count(), {
      timeout: 30_000,
    })
    .toBe(1);
  return panel;
}

/** Records every state and running line the validation box shows from now on. */
async function watchValidation(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      const box = document.querySelector('[data-testid="log-validation"]');
      if (!box) return;
      const line = `${box.getAttribute('data-state')}|${box.querySelector('.fs-log-reading span')?.textContent ?? ''}`;
      if (seen.at(-1) !== line) seen.push(line);
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}

/** The verdict of every row of the table. */
const verdicts = (box: Locator) =>
  box.locator('tbody').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-verdict')));

describe('simulate and compare with the log', () => {
  it('simulates the discovered as-is back to the log’s figures, and shows a refusal', async () => {
    const { page, trap, context } = await app.open({ filePickers: false, viewport: VIEWPORT });
    const panel = await readAndDiscover(page, { read: 'Read log', discover: 'Discover process' });
    const seen = await watchValidation(page);
    await panel.getByRole('button', { name: 'Simulate and compare with the log' }).click();
    const box = panel.getByTestId('log-validation');
    await expect.poll(() => box.getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
    // The run under way was shown before the table.
    const states = await seen();
    expect(states[0]).toBe('running|Simulating: run 1 of 5…');
    expect(states.at(-1)).toBe('done|');
    expect(await box.getByRole('status').first().textContent()).toBe(
      'Every judged figure is within its tolerance: the simulation reproduces the log.',
    );
    expect(await box.textContent()).toContain('simulated 5 times with 400 cases each');
    const heads = await box.locator('thead th').allTextContents();
    expect(heads).toEqual(['Figure', 'Verdict', 'Log', 'Simulated', 'Error', 'Tolerance']);
    const rows = await verdicts(box);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.filter((v) => v !== 'unjudged').every((v) => v === 'ok' || v === 'band')).toBe(
      true,
    );
    const figures = await box.locator('tbody th').allTextContents();
    expect(figures).toContain('cycle time, mean (min)');
    expect(figures).toContain('touch time (min): 审核');
    expect(figures).toContain('utilisation: 审核组'); // the role by its name
    const first = box.locator('tbody').first().locator('td');
    expect(await first.allTextContents()).toEqual([
      'ok',
      expect.stringMatching(/^\d+\.\d\d$/),
      expect.stringMatching(/^\d+\.\d\d$/),
      expect.stringMatching(/^-?\d+\.\d %$/),
      '±10 %',
    ]);
    await page.screenshot({ path: shot('logvalidation-table') });
    await box.screenshot({ path: shot('logvalidation-table-box') });
    await box.getByRole('button', { name: 'Close' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('logvalidation-table-end') });

    // The known process drawn with 审核 at 20 minutes (the log: 15): its rows fail, in red.
    const slowReview = ticketProcess();
    slowReview.id = 'slow-review';
    const check = slowReview.steps.find((s) => s.id === 'check')!;
    if (check.type === 'task') check.duration = { dist: 'lognormal', mean: 20, sd: 12 };
    await dropFile(page, 'slow-review.flow.json', JSON.stringify(slowReview));
    await expect.poll(() => box.textContent()).toContain('These results are for another process.');
    await panel.getByRole('button', { name: 'Simulate and compare with the log' }).click();
    await expect.poll(() => box.locator('.is-failed').count(), { timeout: 60_000 }).toBe(1);
    expect(await box.locator('.is-failed').textContent()).toMatch(
      /^\d+ of \d+ judged figures (is|are) outside (its|their) tolerance \(FAIL\)\.$/,
    );
    const review = box.locator('tbody', { hasText: 'touch time (min): 审核' });
    expect(await review.getAttribute('data-verdict')).toBe('fail');
    expect(await review.locator('td.is-verdict').textContent()).toBe('FAIL');
    await box.locator('tbody[data-verdict="fail"]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('logvalidation-fail') });

    // A map drawn without arrivals: the simulator's reason, no table, the map unchanged.
    const drawn = ticketProcess();
    delete (drawn.steps[0] as { arrival?: unknown }).arrival;
    await dropFile(page, 'no-arrivals.flow.json', JSON.stringify({ ...drawn, id: 'no-arrivals' }));
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(9);
    await panel.getByRole('button', { name: 'Simulate and compare with the log' }).click();
    await expect.poll(() => box.getAttribute('data-state'), { timeout: 60_000 }).toBe('refused');
    expect(await box.getByRole('alert').textContent()).toMatch(
      /^The simulator cannot run this map: no start step has an arrival/,
    );
    expect(await box.locator('table').count()).toBe(0);
    expect(await page.locator('.react-flow__node-step').count()).toBe(9);
    expect(await panel.locator('[data-stat="cases"]').textContent()).toBe('400');
    await page.screenshot({ path: shot('logvalidation-refused') });
    trap.expectClean();
    await context.close();
  });

  it('shows the table in Chinese, and cancels a long simulation', async () => {
    const { page, trap, context } = await app.open({ filePickers: false, viewport: VIEWPORT });
    await page.getByLabel('Language', { exact: true }).selectOption('zh-CN');
    const panel = await readAndDiscover(page, { read: '读取日志', discover: '挖掘流程' });
    const button = panel.getByRole('button', { name: '仿真并与日志对比' });
    // Keyboard: focus the button and press Enter.
    await button.focus();
    await page.keyboard.press('Enter');
    const box = panel.getByTestId('log-validation');
    await expect.poll(() => box.getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
    expect(await box.locator('thead th').allTextContents()).toEqual([
      '指标',
      '结论',
      '日志',
      '仿真',
      '误差',
      '容差',
    ]);
    expect(await box.getByRole('status').first().textContent()).toBe(
      '所有参与判断的指标都在容差之内：仿真结果与日志一致。',
    );
    expect(await box.locator('tbody th').allTextContents()).toContain('周期时间均值（分钟）');
    expect(await box.locator('td.is-verdict').first().textContent()).toBe('通过');
    await box.screenshot({ path: shot('logvalidation-table-zh') });

    // A map whose cases go round a loop some 500 times: long enough to cancel.
    const slow = ticketProcess();
    slow.id = 'slow-loop';
    slow.flows = slow.flows.filter((f) => f.id !== 'f8');
    slow.steps.push({ id: 'again', type: 'xor', name: '再来？' });
    slow.flows.push(
      { id: 'f8', from: 'm', to: 'again' },
      { id: 'f10', from: 'again', to: 'file', probability: 0.002 },
      { id: 'f11', from: 'again', to: 'reg', probability: 0.998 },
    );
    slow.roles = slow.roles.map((r) => ({ ...r, capacity: 50 }));
    await dropFile(page, 'slow.flow.json', JSON.stringify(slow));
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(10);
    await button.click();
    const running = box.locator('.fs-log-reading');
    await expect.poll(() => running.isVisible()).toBe(true);
    expect(await running.locator('span').textContent()).toMatch(/^正在仿真：第 \d 次，共 5 次…$/);
    await page.screenshot({ path: shot('logvalidation-running-zh') });
    await running.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => box.getAttribute('data-state')).toBe('cancelled');
    expect(await box.textContent()).toContain('仿真已取消，没有进行对比。');
    expect(await box.locator('table').count()).toBe(0);
    expect(await button.isEnabled()).toBe(true);
    trap.expectClean();
    await context.close();
  });
});
