/**
 * From an empty page, with only mouse and keyboard: two lanes, six steps, an xor with two
 * labelled flows, durations and a role set in the inspector; undo and redo; a reload finds it
 * all again. No console error on the way.
 */
import { describe, expect, it } from 'vitest';
import { appSuite } from './harness/appSuite';
import {
  clickPalette,
  connect,
  dragPalette,
  selectStep,
  sizeText,
  stepNode,
  waitSaved,
} from './harness/driver';

const app = appSuite();

describe('building a process with mouse and keyboard', () => {
  it('draws lanes, steps and a labelled decision, edits them, undoes, redoes and survives a reload', async () => {
    const { page, trap, context } = await app.open();
    const side = page.locator('.fs-side');

    // Two lanes, renamed in the roles panel.
    await page.getByRole('button', { name: 'Add lane' }).click();
    await page.getByRole('button', { name: 'Add lane' }).click();
    await page.getByTestId('role-name-0').fill('Clerk');
    await page.getByTestId('role-name-0').press('Enter');
    await page.getByTestId('role-name-1').fill('Manager');
    await page.getByTestId('role-name-1').press('Enter');
    await expect
      .poll(() => page.locator('.fs-lane-name').allTextContents())
      .toEqual(['Clerk', 'Manager']);

    // Six steps: clicks on the palette build a connected chain in the first lane (each click
    // appends after the selected step); with nothing selected a click only places the step; a
    // drag puts one in the second lane.
    const start = await clickPalette(page, 'start');
    const fill = await clickPalette(page, 'task');
    const decide = await clickPalette(page, 'xor');
    await page.keyboard.press('Escape');
    const small = await clickPalette(page, 'task');
    const managerLane = (await page.locator('.react-flow__node-lane').nth(1).boundingBox())!;
    const large = await dragPalette(page, 'task', {
      x: managerLane.x + 420,
      y: managerLane.y + managerLane.height / 2,
    });
    await selectStep(page, small);
    const end = await clickPalette(page, 'end');
    expect(await sizeText(page)).toBe('6 steps · 3 flows');

    // Flows: drag from handle to handle; the new flow is selected, so its label is typed at once.
    await connect(page, decide, 'r', small, 'l');
    await side.getByTestId('flow-label').fill('≤ 1000');
    await side.getByTestId('flow-label').press('Enter');
    await side.getByTestId('flow-probability').fill('70');
    await side.getByTestId('flow-probability').press('Enter');
    await connect(page, decide, 'b', large, 'l');
    await side.getByTestId('flow-label').fill('> 1000');
    await side.getByTestId('flow-label').press('Enter');
    await connect(page, large, 'r', end, 'b');
    expect(await sizeText(page)).toBe('6 steps · 6 flows');
    await expect
      .poll(() => page.locator('.fs-flow-label').allTextContents())
      .toEqual(['≤ 1000 · 70%', '> 1000']);

    // The task dragged into the second lane took its role.
    await selectStep(page, large);
    await expect.poll(() => side.getByTestId('step-role').inputValue()).toBe('role-2');

    // Names, a duration (three-point) and a role set in the inspector.
    await selectStep(page, fill);
    await side.getByTestId('step-name').fill('Fill in the request');
    await side.getByTestId('step-name').press('Enter');
    await side.getByLabel('Duration (touch time): distribution').selectOption('triangular');
    await side.getByTestId('step-duration-min').fill('10');
    await side.getByTestId('step-duration-min').press('Enter');
    await side.getByTestId('step-duration-mode').fill('15');
    await side.getByTestId('step-duration-mode').press('Enter');
    await side.getByTestId('step-duration-max').fill('30');
    await side.getByTestId('step-duration-max').press('Enter');
    await expect.poll(() => stepNode(page, fill).textContent()).toContain('10–15–30 min');

    await selectStep(page, small);
    await side.getByTestId('step-name').fill('Approve small order');
    await side.getByTestId('step-name').press('Enter');
    await side.getByLabel('Duration (touch time): distribution').selectOption('fixed');
    await side.getByTestId('step-duration-value').fill('5');
    await side.getByTestId('step-duration-value').press('Enter');
    await side.getByTestId('step-role').selectOption({ label: 'Manager' });
    await expect.poll(() => stepNode(page, small).textContent()).toContain('5 min');

    // A value the model refuses is explained, not dropped.
    await side.getByTestId('step-duration-value').fill('abc');
    await expect(side.locator('.fs-field-error').first().textContent()).resolves.toContain(
      'Enter a number',
    );
    await side.getByTestId('step-duration-value').press('Escape');

    // Undo the role change, then redo it, with the keyboard (focus on the canvas).
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await selectStep(page, small);
    await expect.poll(() => side.getByTestId('step-role').inputValue()).toBe('role-1');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => side.getByTestId('step-role').inputValue()).toBe('role-2');

    // Delete and undo a step through the keyboard.
    await page.keyboard.press('Delete');
    expect(await sizeText(page)).toBe('5 steps · 4 flows');
    await page.keyboard.press('Control+z');
    expect(await sizeText(page)).toBe('6 steps · 6 flows');

    // Escape during a drag puts the step back and leaves nothing to undo.
    const before = (await stepNode(page, end).boundingBox())!;
    await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
    await page.mouse.down();
    await page.mouse.move(before.x + 80, before.y + 120, { steps: 8 });
    const during = (await stepNode(page, end).boundingBox())!;
    expect(during.y).toBeGreaterThan(before.y + 60);
    await page.keyboard.press('Escape');
    await page.mouse.up();
    const after = (await stepNode(page, end).boundingBox())!;
    expect([after.x, after.y]).toEqual([before.x, before.y]);
    expect(await sizeText(page)).toBe('6 steps · 6 flows');

    // Marquee-select two steps, copy and paste them (fresh ids, their flow kept), undo the paste.
    const boxOf = async (id: string) => (await stepNode(page, id).boundingBox())!;
    const s1 = await boxOf(start);
    const s2 = await boxOf(fill);
    await page.mouse.move(s1.x - 20, s1.y - 30);
    await page.mouse.down();
    await page.mouse.move(s2.x + s2.width + 10, s2.y + s2.height + 20, { steps: 8 });
    await page.mouse.up();
    expect(await page.locator('.react-flow__node-step.selected').count()).toBe(2);
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    expect(await sizeText(page)).toBe('8 steps · 7 flows');
    await page.keyboard.press('Control+z');
    expect(await sizeText(page)).toBe('6 steps · 6 flows');

    await page.screenshot({ path: 'test-results/build-process.png' });

    // Reload: everything is still there.
    await waitSaved(page);
    await page.reload();
    await page.locator('.react-flow__node-step').first().waitFor();
    expect(await sizeText(page)).toBe('6 steps · 6 flows');
    await expect
      .poll(() => page.locator('.fs-lane-name').allTextContents())
      .toEqual(['Clerk', 'Manager']);
    expect(await stepNode(page, fill).textContent()).toContain('Fill in the request');
    expect(await stepNode(page, fill).textContent()).toContain('10–15–30 min');
    expect(await stepNode(page, small).textContent()).toContain('Approve small order');
    await expect
      .poll(() => page.locator('.fs-flow-label').allTextContents())
      .toEqual(['≤ 1000 · 70%', '> 1000']);
    await selectStep(page, small);
    await expect.poll(() => side.getByTestId('step-role').inputValue()).toBe('role-2');

    trap.expectClean();
    await context.close();
  });
});
