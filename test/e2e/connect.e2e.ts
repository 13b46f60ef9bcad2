/**
 * Connecting as in bpmn.io and draw.io, with the real mouse and keyboard: a drop anywhere on a
 * step's body connects to it (at 100 % and at 70 %); every handle of a decision and of an event
 * can be grabbed (the shape used to cover them); a palette click with a step selected appends
 * and connects; the context pad appends, connects and deletes; double-click edits a name in
 * place, including Chinese typed through an input method, as one undo step.
 */
import { describe, expect, it } from 'vitest';
import { appSuite } from './harness/appSuite';
import { clickPalette, sizeText, stepNode } from './harness/driver';
import {
  boxOf,
  bringIntoView,
  deselect,
  dragToBody,
  imeType,
  savedDocument,
  zoomTo,
} from './connectDriver';

const app = appSuite();

describe('connecting', () => {
  it('connects by a drop anywhere on a step’s body, at 100 % and at 70 %', async () => {
    const { page, trap, context } = await app.open({ filePickers: false });
    const a = await clickPalette(page, 'task');
    await deselect(page);
    const b = await clickPalette(page, 'task');
    await deselect(page);
    const c = await clickPalette(page, 'task');
    expect(await sizeText(page)).toBe('3 steps · 0 flows');
    await zoomTo(page, 1);
    await bringIntoView(page, [a, b, c]);

    // Lower left of b's body: more than React Flow's radius away from every handle of b.
    await dragToBody(page, a, 'r', b, 0.3, 0.75, {
      // Before the drop, the line already ends on b's side facing a, and b is outlined.
      whileOver: async () => {
        const preview = page.locator('.fs-connection-preview.is-over-step');
        expect(await preview.getAttribute('data-target')).toBe(b);
        const end = await preview.evaluate((p: SVGPathElement) => {
          const at = p.getPointAtLength(p.getTotalLength());
          const m = p.getScreenCTM()!;
          return { x: at.x * m.a + at.y * m.c + m.e, y: at.x * m.b + at.y * m.d + m.f };
        });
        const box = await boxOf(page, b);
        expect(end.x).toBeCloseTo(box.x, -1);
        expect(end.y).toBeCloseTo(box.y + box.height / 2, -1);
        await page.screenshot({ path: 'test-results/connect-preview.png' });
      },
    });
    expect(await sizeText(page)).toBe('3 steps · 1 flows');

    await zoomTo(page, 0.7);
    await bringIntoView(page, [b, c]);
    await dragToBody(page, b, 'b', c, 0.75, 0.3);
    expect(await sizeText(page)).toBe('3 steps · 2 flows');
    // Each flow joins the step it was dropped on.
    const doc = await savedDocument(page);
    expect(doc.flows.map((f) => [f.from, f.to])).toEqual([
      [a, b],
      [b, c],
    ]);
    trap.expectClean();
    await context.close();
  });

  it('grabs every handle of a decision and of a start event without moving them', async () => {
    const { page, trap, context } = await app.open({ filePickers: false });
    const s = await clickPalette(page, 'start');
    await deselect(page);
    const g = await clickPalette(page, 'xor');
    await deselect(page);
    const targets: string[] = [];
    for (let i = 0; i < 2; i++) {
      targets.push(await clickPalette(page, 'task'));
      await deselect(page);
    }
    await zoomTo(page, 1);
    await bringIntoView(page, [s, g, ...targets]);
    const gBox = await boxOf(page, g);
    const sBox = await boxOf(page, s);
    const sides = ['t', 'r', 'b', 'l'] as const;
    let flows = 0;
    for (const from of [g, s]) {
      for (const [i, side] of sides.entries()) {
        await dragToBody(page, from, side, targets[i % 2]!, 0.5, 0.5);
        expect(await sizeText(page)).toBe(`4 steps · ${++flows} flows`);
      }
    }
    expect(await boxOf(page, g)).toEqual(gBox);
    expect(await boxOf(page, s)).toEqual(sBox);
    const doc = await savedDocument(page);
    expect(doc.flows.map((f) => `${f.from}>${f.to}`)).toEqual(
      [g, s].flatMap((from) => sides.map((_, i) => `${from}>${targets[i % 2]}`)),
    );
    await page.screenshot({ path: 'test-results/connect-handles.png' });
    trap.expectClean();
    await context.close();
  });
});

describe('appending and naming on the canvas', () => {
  it('chains from the palette and appends, connects and deletes from the context pad', async () => {
    const { page, trap, context } = await app.open({ filePickers: false });
    const s = await clickPalette(page, 'start');
    const t1 = await clickPalette(page, 'task');
    const g = await clickPalette(page, 'xor');
    expect(await sizeText(page)).toBe('3 steps · 2 flows');
    // One palette click is one undo step: the step and its flow go together.
    await page.keyboard.press('Control+z');
    expect(await sizeText(page)).toBe('2 steps · 1 flows');
    await page.keyboard.press('Control+Shift+z');
    expect(await sizeText(page)).toBe('3 steps · 2 flows');

    // The pad of the selected decision: append a task, name it at once, Enter.
    await stepNode(page, g).click();
    const pad = stepNode(page, g).getByTestId('context-pad');
    await pad.waitFor();
    await page.screenshot({ path: 'test-results/context-pad-open.png' });
    await pad.getByRole('button', { name: 'Append a task' }).click();
    const editor = page.getByTestId('label-editor');
    await editor.waitFor();
    await editor.fill('Yes path');
    await editor.press('Enter');
    expect(await sizeText(page)).toBe('4 steps · 3 flows');
    const yes = (await page.locator('.react-flow__node-step.selected').getAttribute('data-id'))!;
    await expect.poll(() => stepNode(page, yes).textContent()).toContain('Yes path');

    // A second branch from the decision lands in a free spot, not on the first one.
    await stepNode(page, g).click();
    await pad.getByRole('button', { name: 'Append a task' }).click();
    await page.getByTestId('label-editor').fill('No path');
    await page.getByTestId('label-editor').press('Enter');
    const no = (await page.locator('.react-flow__node-step.selected').getAttribute('data-id'))!;
    const [yb, nb] = [await boxOf(page, yes), await boxOf(page, no)];
    const apart =
      yb.x + yb.width <= nb.x ||
      nb.x + nb.width <= yb.x ||
      yb.y + yb.height <= nb.y ||
      nb.y + nb.height <= yb.y;
    expect(apart).toBe(true);

    // Keyboard only: the pad follows the focused step in the tab order.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id')))
      .toBe(no);
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Append a task');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // append an end
    await page.getByTestId('label-editor').press('Enter');
    expect(await sizeText(page)).toBe('6 steps · 5 flows');

    // Connect from the pad: click it, then click the target.
    await stepNode(page, no).click();
    const connectButton = stepNode(page, no).getByRole('button', {
      name: 'Connect to another step',
    });
    await connectButton.click();
    expect(await connectButton.getAttribute('aria-pressed')).toBe('true');
    await stepNode(page, t1).click();
    expect(await sizeText(page)).toBe('6 steps · 6 flows');

    // Delete from the pad, then undo.
    await stepNode(page, yes).click();
    await stepNode(page, yes).getByRole('button', { name: 'Delete' }).click();
    expect(await sizeText(page)).toBe('5 steps · 5 flows');
    await page.keyboard.press('Control+z');
    expect(await sizeText(page)).toBe('6 steps · 6 flows');

    // Connect with the keyboard: Tab from the step to the pad's connect button, Enter; Tab on to
    // the next step, Enter.
    await stepNode(page, yes).click();
    await stepNode(page, yes).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-pad')))
      .toBe('connect');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id')))
      .toBe(no);
    await page.keyboard.press('Enter');
    expect(await sizeText(page)).toBe('6 steps · 7 flows');

    const doc = await savedDocument(page);
    const flows = doc.flows.map((f) => `${f.from}>${f.to}`);
    expect(flows).toContain(`${s}>${t1}`);
    expect(flows).toContain(`${g}>${yes}`);
    expect(flows).toContain(`${g}>${no}`);
    expect(flows).toContain(`${no}>${t1}`);
    expect(flows).toContain(`${yes}>${no}`);
    await page.screenshot({ path: 'test-results/context-pad.png' });
    trap.expectClean();
    await context.close();
  });

  it('edits a name in place on double-click: Enter commits, Escape cancels, pinyin arrives whole', async () => {
    const { page, trap, context } = await app.open({ locale: 'zh-CN', filePickers: false });
    const id = await clickPalette(page, 'task');
    const before = (await stepNode(page, id).textContent()) ?? '';

    await stepNode(page, id).dblclick();
    const editor = page.getByTestId('label-editor');
    await editor.waitFor();
    await editor.fill('不要');
    await editor.press('Escape');
    await editor.waitFor({ state: 'detached' });
    expect(await stepNode(page, id).textContent()).toBe(before);

    await stepNode(page, id).dblclick();
    await editor.waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    const cdp = await context.newCDPSession(page);
    // 采购审批 as pinyin; Enter pressed during the composition belongs to the input method.
    await imeType(cdp, ['c', 'ca', 'cai', 'caig', 'caigo', 'caigou'], '采购');
    await imeType(cdp, ['s', 'sh', 'she', 'shen', 'shenp', 'shenpi'], '审批');
    expect(await editor.inputValue()).toBe('采购审批');
    await page.screenshot({ path: 'test-results/label-editor-zh.png' });
    await editor.press('Enter');
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => stepNode(page, id).textContent()).toContain('采购审批');
    expect(await sizeText(page)).toBe('1 个步骤 · 0 条连线');

    // One undo step; then a rename committed by leaving the field.
    await page.keyboard.press('Control+z');
    await expect.poll(() => stepNode(page, id).textContent()).toBe(before);
    await stepNode(page, id).dblclick();
    await editor.fill('复核');
    await page.locator('.react-flow__pane').click({ position: { x: 600, y: 500 } });
    await expect.poll(() => stepNode(page, id).textContent()).toContain('复核');
    const doc = await savedDocument(page);
    expect(doc.steps.map((s) => s.name)).toEqual(['复核']);
    trap.expectClean();
    await context.close();
  });
});
