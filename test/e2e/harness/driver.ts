/**
 * What a user does in the editor, as small functions over a Playwright page: only mouse and
 * keyboard (no calls into the app's code), so the tests exercise what people exercise.
 */
import type { Locator, Page } from 'playwright-core';

/** The node of a step on the canvas. */
export const stepNode = (page: Page, id: string): Locator =>
  page.locator(`.react-flow__node-step[data-id="${id}"]`);

/** The ids of the steps on the canvas, in document order. */
export async function stepIds(page: Page): Promise<string[]> {
  return page
    .locator('.react-flow__node-step')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
}

/** Clicks a palette button (adds the step after the selected one) and returns the new step's id. */
export async function clickPalette(page: Page, type: string): Promise<string> {
  const before = new Set(await stepIds(page));
  await page.locator(`.fs-palette-item[data-step-type="${type}"]`).click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('.react-flow__node-step').length > n,
    before.size,
  );
  const after = await stepIds(page);
  return after.find((id) => !before.has(id))!;
}

/** Drags a palette item onto the canvas at page coordinates; returns the new step's id. */
export async function dragPalette(
  page: Page,
  type: string,
  to: { x: number; y: number },
): Promise<string> {
  const before = new Set(await stepIds(page));
  await page
    .locator(`.fs-palette-item[data-step-type="${type}"]`)
    .dragTo(page.locator('.react-flow__pane'), {
      targetPosition: await toPane(page, to),
    });
  await page.waitForFunction(
    (n) => document.querySelectorAll('.react-flow__node-step').length > n,
    before.size,
  );
  const after = await stepIds(page);
  return after.find((id) => !before.has(id))!;
}

async function toPane(page: Page, p: { x: number; y: number }) {
  const box = (await page.locator('.react-flow__pane').boundingBox())!;
  return { x: p.x - box.x, y: p.y - box.y };
}

/** The page coordinates of the centre of a step's handle (`t`, `r`, `b`, `l`). */
export async function handleCentre(page: Page, stepId: string, side: 't' | 'r' | 'b' | 'l') {
  const box = (await stepNode(page, stepId)
    .locator(`.react-flow__handle[data-handleid="${side}"]`)
    .boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags with the mouse from a step's handle to another step's handle: a new flow. */
export async function connect(
  page: Page,
  from: string,
  fromSide: 't' | 'r' | 'b' | 'l',
  to: string,
  toSide: 't' | 'r' | 'b' | 'l',
) {
  await stepNode(page, from).hover();
  const a = await handleCentre(page, from, fromSide);
  const b = await handleCentre(page, to, toSide);
  const flows = await page.locator('.react-flow__edge').count();
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x, b.y, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(
    (n) => document.querySelectorAll('.react-flow__edge').length > n,
    flows,
  );
}

/** Drags a step by (dx, dy) screen pixels with the mouse. */
export async function dragStep(page: Page, id: string, dx: number, dy: number) {
  const box = (await stepNode(page, id).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 6 });
  await page.mouse.move(x + dx, y + dy, { steps: 6 });
  await page.mouse.up();
}

/**
 * Zooms out until step `id` is wholly in view, as a user would: Ctrl+wheel near the top left of
 * the map (just past the lane headers), which stays put. The map opens, and Fit shows it, at a
 * legible zoom from its start event, so a step far along the flow may be off-screen.
 */
export async function zoomOutUntilVisible(page: Page, id: string) {
  const node = stepNode(page, id);
  const pane = (await page.locator('.fs-canvas .react-flow').boundingBox())!;
  const inView = async () => {
    const b = (await node.count()) ? await node.boundingBox() : null;
    return (
      !!b &&
      b.x >= pane.x &&
      b.y >= pane.y &&
      b.x + b.width <= pane.x + pane.width &&
      b.y + b.height <= pane.y + pane.height
    );
  };
  for (let i = 0; i < 12 && !(await inView()); i++) {
    await page.mouse.move(pane.x + 160, pane.y + 60);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 250);
    await page.keyboard.up('Control');
    await page.waitForTimeout(150);
  }
}

/** Clicks a step (selects it), zooming out first if it is out of view. */
export async function selectStep(page: Page, id: string, options: { shift?: boolean } = {}) {
  await zoomOutUntilVisible(page, id);
  await stepNode(page, id).click({ modifiers: options.shift ? ['Shift'] : [] });
}

/** Types into the inspector field with this label and commits with Enter. */
export async function fillField(scope: Page | Locator, label: string | RegExp, value: string) {
  const field = scope.getByLabel(label, { exact: typeof label === 'string' });
  await field.fill(value);
  await field.press('Enter');
}

/** The status line's step and flow counts, as shown to the user. */
export async function sizeText(page: Page): Promise<string> {
  return (await page.locator('.fs-status-size').textContent()) ?? '';
}

/** Waits until autosave says everything is stored. */
export async function waitSaved(page: Page) {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
}
