/**
 * A credit-application-like scenario written in the app with mouse and keyboard (issue #18's
 * "done when"): open a small credit process, add an inclusive (OR) split before the two checks
 * its OR join closes, give both branches probabilities, make the end a terminate end, add two
 * credit officers with their own calendars and speeds and a priority queue, put the credit
 * decision on a weekly committee batch, add a case attribute and a priority rule in the scenario
 * form, run it and read per-person utilisation; then the same screens in Chinese. Screenshots of
 * the inspector sections at 1280×800 and of the OR gateway go to test-results/.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { appSuite } from './harness/appSuite';
import { clickPalette, connect, selectStep, stepNode } from './harness/driver';
import { openFile } from './harness/openFile';
import { writeTemp } from './harness/fixtures';

const app = appSuite();

const week = (days: string[], from: string, to: string) => [{ days, from, to }];

/** Credit application: receive → (OR split, added by the test) → check credit / appraise → OR join → decide → end. */
const credit = {
  format: 'flowsmith.process',
  version: 1,
  id: 'credit',
  name: 'Credit application',
  calendars: [
    {
      id: 'office',
      name: 'Office 9–17',
      week: week(['mon', 'tue', 'wed', 'thu', 'fri'], '09:00', '17:00'),
    },
    {
      id: 'early',
      name: 'Early 7–15',
      week: week(['mon', 'tue', 'wed', 'thu', 'fri'], '07:00', '15:00'),
    },
    { id: 'committee', name: 'Committee Tue 10:00', week: week(['tue'], '10:00', '12:00') },
  ],
  roles: [
    { id: 'officer', name: 'Credit officer', calendar: 'office' },
    { id: 'appraiser', name: 'Appraiser', calendar: 'office', capacity: 2 },
    { id: 'manager', name: 'Manager', calendar: 'office' },
  ],
  steps: [
    {
      id: 'start',
      type: 'start',
      name: 'Application in',
      position: { x: 100, y: 100 },
      arrival: { rate: { count: 1, per: 'hour' }, calendar: 'office' },
    },
    {
      id: 'receive',
      type: 'task',
      name: 'Receive application',
      role: 'officer',
      position: { x: 250, y: 100 },
      duration: { dist: 'fixed', value: 10 },
    },
    {
      id: 'check',
      type: 'task',
      name: 'Check credit history',
      role: 'officer',
      position: { x: 620, y: 100 },
      duration: { dist: 'exponential', mean: 20 },
    },
    {
      id: 'appraise',
      type: 'task',
      name: 'Appraise property',
      role: 'appraiser',
      position: { x: 620, y: 300 },
      duration: { dist: 'triangular', min: 20, mode: 30, max: 60 },
    },
    { id: 'join', type: 'or', name: 'Checks done', position: { x: 800, y: 100 } },
    {
      id: 'decide',
      type: 'task',
      name: 'Decide on credit',
      role: 'manager',
      position: { x: 950, y: 500 },
      duration: { dist: 'fixed', value: 20 },
    },
    { id: 'end', type: 'end', name: 'Decided', position: { x: 1120, y: 500 } },
  ],
  flows: [
    { id: 'f1', from: 'start', to: 'receive' },
    { id: 'f3', from: 'check', to: 'join' },
    { id: 'f4', from: 'appraise', to: 'join' },
    { id: 'f5', from: 'join', to: 'decide' },
    { id: 'f6', from: 'decide', to: 'end' },
  ],
};

/** Opens a folded section of the inspector or the simulation panel by its title. */
async function unfold(scope: Locator, title: string | RegExp) {
  const summary = scope.locator('summary', { hasText: title }).first();
  const open = await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open);
  if (!open) await summary.click();
}

/** Types into a field and commits it with Enter. */
async function type(field: Locator, value: string) {
  await field.fill(value);
  await field.press('Enter');
}

/** Takes a screenshot of the side panel scrolled to `section`. */
async function shoot(page: Page, section: Locator, name: string) {
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `test-results/${name}.png` });
}

describe('a scenario of a real organisation, written in the app', () => {
  it('adds an OR split, people with calendars and speeds, a weekly batch and priorities, runs and shows per-person utilisation', async () => {
    const { page, trap } = await app.open({
      viewport: { width: 1280, height: 800 },
      filePickers: false,
    });
    const side = page.locator('.fs-side');
    await openFile(page, await writeTemp('credit.flow.json', credit));
    await stepNode(page, 'receive').waitFor();

    // The OR split: appended after "Receive application" from the palette, then connected to
    // both checks by dragging from its handles; each branch gets its own probability.
    await selectStep(page, 'receive');
    const split = await clickPalette(page, 'or');
    await page.keyboard.press('Escape'); // leaves the name as given
    await expect
      .poll(() => stepNode(page, split).locator('[data-testid="or-ring"]').count())
      .toBe(1);
    await connect(page, split, 'r', 'check', 'l');
    await expect.poll(() => side.getByTestId('or-flow-hint').count()).toBe(1);
    await type(side.getByTestId('flow-probability'), '80');
    await connect(page, split, 'b', 'appraise', 'l');
    await type(side.getByTestId('flow-probability'), '60');
    await selectStep(page, split);
    expect(await side.getByTestId('gateway-type').inputValue()).toBe('or');
    await stepNode(page, split).screenshot({ path: 'test-results/or-gateway.png' });

    // A terminate end: a filled disc in the end's ring.
    await selectStep(page, 'end');
    await side.getByTestId('end-terminate').check();
    await stepNode(page, 'end').locator('[data-testid="terminate-disc"]').waitFor();

    // The weekly committee: the credit decision waits for Tuesday's meeting, 10 % more time per case.
    await selectStep(page, 'decide');
    await unfold(side, 'Batch processing');
    await side.getByTestId('batch-schedule').selectOption('committee');
    await type(side.getByTestId('batch-perCase'), '0.1');
    await expect.poll(() => side.getByTestId('batch-perCase').inputValue()).toBe('0.1');
    await stepNode(page, 'decide').getByTestId('batch-mark').waitFor();
    await shoot(page, side.getByTestId('batch-fields'), 'inspector-batch-en');

    // The credit check sets case data (a weighted choice); the appraisal's duration is a
    // histogram fitted from data, capped at 90 minutes.
    await selectStep(page, 'check');
    await unfold(side, 'Sets case data');
    await side.getByTestId('sets-add').click();
    await type(side.getByTestId('sets-name-0'), 'creditOk');
    await side.getByTestId('sets-mode-0').selectOption('choice');
    await type(side.getByTestId('sets-value-0'), 'yes: 0.8, no');
    await expect.poll(() => side.getByRole('alert').first().textContent()).toMatch(/value: weight/);
    await type(side.getByTestId('sets-value-0'), 'yes: 0.8, no: 0.2');
    await expect.poll(() => side.getByRole('alert').count()).toBe(0);
    await selectStep(page, 'appraise');
    await side.getByLabel('Duration (touch time): distribution').selectOption('histogram');
    const bins = side.getByTestId('step-duration-bins');
    await bins.fill('15-30: 2\n30-60: 3\n60-120: 1');
    await bins.press('Control+Enter');
    await unfold(side, 'Shift and bounds');
    await type(side.getByTestId('step-duration-boundsMax'), '90');
    await expect.poll(() => stepNode(page, 'appraise').textContent()).toMatch(/~\d+ min \[–90\]/);
    await shoot(page, side.getByTestId('step-duration'), 'inspector-distribution-en');

    // The start: arrivals by hour of day (mornings busier) and the wall-clock rule.
    await selectStep(page, 'start');
    await side.getByTestId('arrival-rule').selectOption('wallClock');
    await unfold(side, 'Arrivals by hour and weekday');
    await type(
      side.getByTestId('profile-hours'),
      '0 0 0 0 0 0 0 0 0 3 3 2 1 1 1 1 1 0 0 0 0 0 0 0',
    );
    await side.getByTestId('profile-hours-bars').waitFor();
    await type(side.getByTestId('profile-days'), '1 0'); // refused: 7 weights are needed
    await expect
      .poll(() => side.getByRole('alert').first().textContent())
      .toMatch(/Give 7 weights/);
    await type(side.getByTestId('profile-days'), '2 1 1 1 1 0 0');
    await expect.poll(() => side.getByRole('alert').count()).toBe(0);
    await shoot(page, side.getByTestId('arrival-profile'), 'inspector-arrival-en');

    // Two credit officers with their own calendars and speeds, served by priority.
    await side.getByRole('tab', { name: /Roles/ }).click();
    await side.getByTestId('people-add-officer').click();
    await side.getByTestId('people-add-officer').click();
    const people = side.getByTestId('people-officer');
    await type(people.getByTestId('person-name-0'), 'Li Na');
    await type(people.getByTestId('person-name-1'), 'Wang Wei');
    await people.getByTestId('person-calendar-1').selectOption('early');
    await type(people.getByTestId('person-speed-1'), '0'); // refused with the reason
    await expect.poll(() => people.getByRole('alert').textContent()).toMatch(/above 0/);
    await type(people.getByTestId('person-speed-1'), '1.5');
    await expect.poll(() => people.getByRole('alert').count()).toBe(0);
    await type(people.getByTestId('person-cost-0'), '60');
    await side.getByTestId('role-queue-officer').selectOption('priority');
    await expect.poll(() => people.locator('table').first().locator('tbody tr').count()).toBe(2);
    await shoot(page, people, 'inspector-people-en');

    // The scenario form: a start date-time, a case attribute and a priority rule.
    await side.getByRole('tab', { name: /Simulation/ }).click();
    const sim = side.locator('.fs-sim');
    await unfold(sim, 'Cases: start, data and priorities');
    await sim.getByTestId('sim-start').fill('2025-03-03 08:00');
    await expect
      .poll(() => sim.locator('#sim-start-error').textContent())
      .toMatch(/2024-03-04T08:00/);
    expect(await page.getByTestId('sim-run').isDisabled()).toBe(true);
    await sim.getByTestId('sim-start').fill('2025-03-03T08:00');
    await sim.getByTestId('sim-add-attribute').click();
    const attribute = sim.getByTestId('sim-attribute-0');
    await attribute.getByLabel('Name').fill('amount');
    await attribute.getByLabel('How').selectOption('distribution');
    await attribute.getByLabel('Value').fill('{"dist":"uniform","min":5000,"max":120000}');
    await sim.getByTestId('sim-add-priority').click();
    await sim.getByTestId('sim-priority-condition-0').fill('amount >');
    await expect.poll(() => sim.locator('#sim-priority-0-error').count()).toBe(1);
    await sim.getByTestId('sim-priority-condition-0').fill('amount > 50000');
    await sim.getByTestId('sim-priority-value-0').fill('2');
    await page.getByTestId('sim-cases').fill('200');
    await page.getByTestId('sim-replications').fill('2');
    await expect.poll(() => page.getByTestId('sim-run').isDisabled()).toBe(false);
    await shoot(page, sim.getByTestId('sim-case-fields'), 'scenario-form-en');

    await page.getByTestId('sim-run').click();
    await page.getByTestId('sim-results').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('sim-problems').count()).toBe(0);
    const perPerson = page.getByTestId('sim-people');
    await perPerson.waitFor();
    const rows = await perPerson.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^Li Na\s*[\d.]+ ?%/);
    expect(rows[1]).toMatch(/^Wang Wei\s*[\d.]+ ?%/);
    await shoot(page, perPerson, 'results-people-en');

    // Kept in the process: saved with it (one undo step), named in the form for later runs.
    await sim.getByTestId('sim-keep-in-process').click();
    await expect
      .poll(() => sim.getByTestId('sim-case-fields').textContent())
      .toMatch(/The process’s own: amount.*The process’s own: amount > 50000 → 2/);
    expect(await sim.getByTestId('sim-attribute-0').count()).toBe(0);

    // The same screens in Chinese.
    await page.getByLabel('Language', { exact: true }).selectOption('zh-CN');
    await expect.poll(() => perPerson.locator('caption').textContent()).toBe('各人员利用率');
    await unfold(sim, '案例：开始时间、数据与优先级');
    expect(await sim.getByTestId('sim-case-fields').textContent()).toContain('优先级规则');
    await shoot(page, sim.getByTestId('sim-case-fields'), 'scenario-form-zh');
    await side.getByRole('tab', { name: /角色/ }).click();
    expect(await people.textContent()).toContain('人员');
    expect(await side.textContent()).toContain('排队规则');
    await shoot(page, people, 'inspector-people-zh');
    await side.getByRole('tab', { name: /检查器|属性/ }).click();
    await selectStep(page, 'decide');
    const batch = side.getByTestId('batch-fields');
    for (const label of ['批量处理', '每批件数', '等待时限', '批处理日程'])
      expect(await batch.textContent()).toContain(label);
    await shoot(page, batch, 'inspector-batch-zh');
    await selectStep(page, split);
    expect(
      await side.getByTestId('gateway-type').locator('option:checked').textContent(),
    ).toContain('包容网关');
    await selectStep(page, 'end');
    expect(await side.textContent()).toContain('终止结束');

    trap.expectClean();
  });
});
