/**
 * Arrivals as people say them: a new process works office hours, and a start step takes
 * "40 cases a working day" in the inspector, kept across a reload and undone in one step.
 */
import { describe, expect, it } from 'vitest';
import { appSuite } from './harness/appSuite';
import { clickPalette, fillField, selectStep, waitSaved } from './harness/driver';

const app = appSuite();

describe('arrival rate', () => {
  it('takes "每个工作日 40 件" on a start step of a new process, on its office-hours calendar', async () => {
    const { page, trap, context } = await app.open({ locale: 'zh-CN' });
    const start = await clickPalette(page, 'start');
    await selectStep(page, start);
    const inspector = page.locator('.fs-side');
    expect(await inspector.getByTestId('arrival-mode').inputValue()).toBe('rate');
    await fillField(inspector, '件数', '40');
    // The first arrival went on the new process's working calendar, so "per" reads per working day.
    await expect.poll(() => inspector.getByLabel('仅在此时间内到达').inputValue()).toBe('office');
    const per = inspector.getByTestId('arrival-per');
    expect(await per.inputValue()).toBe('day');
    expect(await per.locator('option:checked').textContent()).toBe('工作日');
    await per.selectOption('week');
    await waitSaved(page);

    await page.reload();
    await page.locator('.react-flow__pane').waitFor();
    await selectStep(page, start);
    expect(await inspector.getByTestId('arrival-count').inputValue()).toBe('40');
    expect(await inspector.getByTestId('arrival-per').inputValue()).toBe('week');

    // The distribution stays available as the advanced choice.
    await inspector.getByTestId('arrival-mode').selectOption('distribution');
    expect(await inspector.getByText('到达间隔').count()).toBeGreaterThan(0);
    trap.expectClean();
    await context.close();
  });
});
