/**
 * Mouse, keyboard and input-method helpers of the connecting tests (beside `harness/driver.ts`):
 * a drag from a handle to a point on another step's body, zooming, finding steps on the map,
 * clearing the selection, typing through an input method composition, and the document as saved
 * with Ctrl+S.
 */
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import type { ProcessDocument } from '@flowsmith/model';
import { handleCentre, stepNode } from './harness/driver';

/** The box of a step node on screen. */
export async function boxOf(page: Page, id: string) {
  return (await stepNode(page, id).boundingBox())!;
}

/** The zoom of the map. */
export const zoomOf = (page: Page) =>
  page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);

/** Zooms with the canvas's zoom buttons until the zoom is within 5 % of `target`. */
export async function zoomTo(page: Page, target: number) {
  for (let i = 0; i < 12; i++) {
    await settled(page);
    const zoom = await zoomOf(page);
    if (Math.abs(zoom / target - 1) <= 0.05) return;
    await page
      .locator(zoom > target ? '.react-flow__controls-zoomout' : '.react-flow__controls-zoomin')
      .click();
  }
  throw new Error(`cannot zoom to ${target}`);
}

/** Waits until the view stops moving (a reveal or fit animates for a few frames). */
export async function settled(page: Page) {
  const transform = () =>
    page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  let last = '';
  await expect
    .poll(async () => {
      const now = await transform();
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
}

/**
 * Scrolls the map (the wheel pans it) until the steps `ids` are all on screen, as a person looks
 * for them; a step not drawn yet is off screen towards the start of the flow.
 */
export async function bringIntoView(page: Page, ids: readonly string[]) {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < 30; i++) {
    await settled(page);
    let dx = 0;
    let dy = 0;
    for (const id of ids) {
      const box = (await stepNode(page, id).count()) ? await boxOf(page, id) : null;
      if (!box) dx = -200;
      else {
        if (box.x < pane.x + 80) dx = -200;
        else if (box.x + box.width > pane.x + pane.width - 80 && dx === 0) dx = 200;
        if (box.y < pane.y + 60) dy = -150;
        else if (box.y + box.height > pane.y + pane.height - 60 && dy === 0) dy = 150;
      }
    }
    if (dx === 0 && dy === 0) return;
    await page.mouse.wheel(dx, dy);
  }
  throw new Error(`steps ${ids.join(', ')} are not on screen`);
}

/** Clicks an empty spot of the canvas: nothing is selected afterwards. */
export async function deselect(page: Page) {
  await page.locator('.react-flow__pane').click({ position: { x: 8, y: 300 } });
  await page.waitForFunction(() => !document.querySelector('.react-flow__node-step.selected'));
}

/**
 * Drags with the mouse from a step's handle to the point (`fx`, `fy`) of another step's box
 * (fractions of its width and height) and waits for the new flow; `whileOver` runs before the
 * button is released.
 */
export async function dragToBody(
  page: Page,
  from: string,
  side: 't' | 'r' | 'b' | 'l',
  to: string,
  fx: number,
  fy: number,
  options: { whileOver?: () => Promise<void> } = {},
) {
  await stepNode(page, from).hover();
  const a = await handleCentre(page, from, side);
  const box = await boxOf(page, to);
  const b = { x: box.x + box.width * fx, y: box.y + box.height * fy };
  const flows = await page.locator('.react-flow__edge').count();
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2 + 30, { steps: 6 });
  await page.mouse.move(b.x, b.y, { steps: 6 });
  await options.whileOver?.();
  await page.mouse.up();
  await page.waitForFunction(
    (n) => document.querySelectorAll('.react-flow__edge').length > n,
    flows,
    { timeout: 5000 },
  );
}

/**
 * Types `text` as an input method would: the composition grows through `steps` (pinyin), an
 * Enter pressed meanwhile belongs to the input method (key code 229), then `text` is committed.
 */
export async function imeType(cdp: CDPSession, steps: readonly string[], text: string) {
  for (const s of steps)
    await cdp.send('Input.imeSetComposition', {
      text: s,
      selectionStart: s.length,
      selectionEnd: s.length,
    });
  for (const type of ['keyDown', 'keyUp'] as const)
    await cdp.send('Input.dispatchKeyEvent', {
      type,
      key: 'Process',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
  await cdp.send('Input.insertText', { text });
}

/** The open document as Ctrl+S saves it (the app must be opened with `filePickers: false`). */
export async function savedDocument(page: Page): Promise<ProcessDocument> {
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  return JSON.parse(await readFile(await (await download).path(), 'utf8')) as ProcessDocument;
}
