/**
 * Facilitation on the map (issue 15), as a workshop drives it with the mouse and the keyboard:
 * give one's name, tag a waste on a step, write a note on it (N), vote with V and with the
 * button until the dots run out, see the ranking and the analysis sorted by the room's votes,
 * start the timer everyone sees, park an item, walk the notes with ]; the same in Chinese, with
 * the workshop report downloaded. No console error on the way.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSuite } from './harness/appSuite';
import { openExample } from './harness/openExample';
import { selectStep, stepNode } from './harness/driver';

const app = appSuite();

/** Opens the workshop tab of the side panel and gives the participant's name. */
async function openWorkshop(page: Page, tab: RegExp, name: string) {
  await page.locator('.fs-side').getByRole('tab', { name: tab }).click();
  const field = page.getByTestId('participant-name');
  await field.fill(name);
  await field.press('Enter');
  return page.getByTestId('workshop-panel');
}

describe('facilitation', () => {
  it('tags, notes, votes within the budget, ranks, times and parks, by mouse and keyboard', async () => {
    const { page, trap } = await app.open({ viewport: { width: 1500, height: 900 } });
    await openExample(page, 'purchase-approval-as-is', 'mgrRecheck');
    const panel = await openWorkshop(page, /Workshop/, 'Li');

    // Mouse: select the re-check and tag it with over-processing; the chip shows on the map.
    await selectStep(page, 'mgrRecheck');
    await panel.locator('[data-waste="overProcessing"]').check();
    await expect
      .poll(() => page.locator('[data-wastes-step="mgrRecheck"]').textContent())
      .toContain('Over-processing');

    // Keyboard: N writes a note on the selected step (Ctrl+Enter adds it); it sits on the map.
    await stepNode(page, 'mgrRecheck').click();
    await page.keyboard.press('n');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('fs-note-new');
    expect(await panel.getByTestId('note-target').inputValue()).toBe('mgrRecheck');
    await page.keyboard.type('Checked twice by the same manager');
    await page.keyboard.press('Control+Enter');
    const note = page.locator('.fs-note', { hasText: 'Checked twice' });
    await note.waitFor();
    expect(await note.textContent()).toContain('Li');

    // Votes: 3 dots each; V twice on the re-check, the button once on the approval.
    const budget = panel.getByLabel('Dots per person');
    await budget.fill('3');
    await stepNode(page, 'mgrRecheck').click();
    await page.keyboard.press('v');
    await page.keyboard.press('v');
    await expect.poll(() => page.locator('[data-votes-step="mgrRecheck"]').textContent()).toBe('2');
    await selectStep(page, 'mgrApprove');
    await panel.getByTestId('vote-cast').click();
    await expect.poll(() => panel.getByTestId('votes-left').textContent()).toBe('0 of 3 dots left');
    expect(await panel.getByTestId('vote-cast').isDisabled()).toBe(true);
    // Over budget: the model refuses and the status bar says why.
    await stepNode(page, 'mgrApprove').click();
    await page.keyboard.press('v');
    await expect
      .poll(() => page.getByTestId('refusal').textContent())
      .toContain('"Li" has used all 3 dots');
    const ranking = panel.getByTestId('vote-results').locator('li');
    expect(await ranking.count()).toBe(2);
    expect(await ranking.first().textContent()).toMatch(/部门经理复核\s*2 votes\s*Li ×2/);

    // Shift+V takes a vote back.
    await stepNode(page, 'mgrApprove').click();
    await page.keyboard.press('Shift+V');
    await expect.poll(() => panel.getByTestId('votes-left').textContent()).toBe('1 of 3 dots left');

    // The timer everyone sees.
    await panel.getByTestId('timer-minutes').fill('5');
    await panel.getByTestId('timer-start').click();
    await expect.poll(() => page.getByTestId('workshop-timer').textContent()).toMatch(/^[45]:\d\d/);

    // The parking lot.
    await panel.getByTestId('parking-text').fill('ERP licence renewal');
    await panel.getByTestId('parking-text').press('Enter');
    await expect
      .poll(() => panel.getByTestId('parking-list').textContent())
      .toContain('ERP licence');

    // ] walks the notes: the keyboard lands on the note on the map.
    await stepNode(page, 'mgrApprove').click();
    await page.keyboard.press(']');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-note')))
      .toMatch(/^note-/);
    // V on the focused note spends the last dot on it; the ranking lists the note.
    await page.keyboard.press('v');
    await expect.poll(() => panel.getByTestId('votes-left').textContent()).toBe('0 of 3 dots left');
    expect(await ranking.nth(1).textContent()).toContain('Note: Checked twice');
    await page.screenshot({ path: 'test-results/facilitation-en.png' });

    // The analysis sorted by the room's votes: the four findings about the re-check (the only
    // voted step) come first, the waiting-for-signature delay (second by impact) after them.
    await page
      .locator('.fs-side')
      .getByRole('tab', { name: /Analysis/ })
      .click();
    const analysis = page.locator('.fs-analysis');
    const kinds = () =>
      analysis
        .locator('.fs-finding')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-finding')));
    await expect.poll(async () => (await kinds()).length).toBeGreaterThan(5);
    expect((await kinds())[1]).toBe('delay');
    await analysis.getByTestId('finding-order').selectOption('votes');
    await expect
      .poll(async () => (await kinds()).slice(0, 4).sort())
      .toEqual(['bottleneck', 'handoff-ping-pong', 'non-value-adding', 'redundant-approval']);
    expect((await kinds()).indexOf('delay')).toBeGreaterThan(3);
    await page.screenshot({ path: 'test-results/facilitation-analysis-en.png' });
    trap.expectClean();
  });

  it('speaks Chinese and downloads the workshop report', async () => {
    const { page, trap } = await app.open({
      locale: 'zh-CN',
      viewport: { width: 1500, height: 900 },
    });
    await openExample(page, 'purchase-approval-as-is', 'mgrRecheck');
    const panel = await openWorkshop(page, /研讨会/, '王芳');
    expect(await panel.locator('.fs-panel-title').textContent()).toBe('研讨会');
    await selectStep(page, 'mgrRecheck');
    await panel.locator('[data-waste="waiting"]').check();
    await expect
      .poll(() => page.locator('[data-wastes-step="mgrRecheck"]').textContent())
      .toContain('等待');
    expect(await panel.textContent()).toContain('八大浪费（TIMWOODS）');
    await panel.getByTestId('vote-cast').click();
    await expect.poll(() => panel.getByTestId('votes-left').textContent()).toBe('还剩 4 / 5 票');
    await panel.getByTestId('note-text').fill('审批重复，等待太久');
    await panel.getByTestId('note-add').click();
    await page.locator('.fs-note', { hasText: '审批重复' }).waitFor();
    // A free note is dragged with the mouse; one undo puts it back.
    await panel.getByTestId('note-target').selectOption('');
    await panel.getByTestId('note-text').fill('停车场？');
    await panel.getByTestId('note-add').click();
    const free = page.locator('.fs-note', { hasText: '停车场？' });
    await free.waitFor();
    const before = await free.getAttribute('style');
    const box = (await free.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 60, box.y + 40, { steps: 5 });
    await page.mouse.move(box.x + 100, box.y + 70, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => free.getAttribute('style')).not.toBe(before);
    const moved = (await free.boundingBox())!;
    expect(Math.round(moved.x - box.x)).toBe(80);
    await page.keyboard.press('Control+z');
    await expect.poll(() => free.getAttribute('style')).toBe(before);
    await page.screenshot({ path: 'test-results/facilitation-zh.png' });
    // The note moves to the parking lot (停车场) in one edit.
    await panel
      .locator('[data-note-item]', { hasText: '停车场？' })
      .getByRole('button', { name: '放入停车场' })
      .click();
    await expect.poll(() => panel.getByTestId('parking-list').textContent()).toContain('停车场？');
    expect(await free.count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.locator('[data-report="md"]').click(),
    ]);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text).toContain('# 研讨会报告：采购审批（现状）');
    expect(text).toContain('部门经理复核');
    expect(text).toContain('审批重复，等待太久');
    trap.expectClean();
  });
});
