/**
 * Gateway names legible on the canvas: Prosimos's credit-application demo (File → "Import BPMN
 * with Prosimos parameters…", ../shared/simulation-parity) at 1280×800, fitted (View → Fit), minimap hidden.
 * Every gateway's name — its text as drawn — covers no step box and no flow label chip. Before
 * the fix, "lending decision?" sat under the task "Make credit offer" and the chip
 * "granted · 81.1%". Screenshot: test-results/gateway-labels-credit.png.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { appSuite } from './harness/appSuite';

const parity = join(import.meta.dirname, '../../../shared/simulation-parity');
const app = appSuite();

type Box = { x: number; y: number; width: number; height: number };
/** Overlap by more than a pixel each way (anti-aliased edges touching do not count). */
const overlaps = (a: Box, b: Box) =>
  a.x + 1 < b.x + b.width &&
  b.x + 1 < a.x + a.width &&
  a.y + 1 < b.y + b.height &&
  b.y + 1 < a.y + a.height;

/** What the canvas draws: each gateway name's text box and every other box it must not cover. */
function drawnBoxes(page: Page) {
  return page.evaluate(() => {
    const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    const names: Array<{ id: string; text: string; box: ReturnType<typeof box> }> = [];
    const steps: Array<{ id: string; box: ReturnType<typeof box> }> = [];
    for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node-step')) {
      const id = node.dataset.id ?? '';
      const step = node.querySelector<HTMLElement>('.fs-step');
      const gateway = step?.matches('.fs-step--xor, .fs-step--or, .fs-step--and') ?? false;
      // A gateway is drawn as its diamond; its name is text outside the node's box.
      steps.push({
        id,
        box: box((step?.querySelector('.fs-shape') ?? node).getBoundingClientRect()),
      });
      const label = step?.querySelector<HTMLElement>('.fs-outside-label');
      if (gateway && label && label.textContent) {
        const range = document.createRange();
        range.selectNodeContents(label);
        names.push({ id, text: label.textContent, box: box(range.getBoundingClientRect()) });
      }
    }
    const chips = [...document.querySelectorAll<HTMLElement>('.fs-flow-label')].map((el) => ({
      text: el.textContent ?? '',
      box: box(el.getBoundingClientRect()),
    }));
    return { names, steps, chips };
  });
}

describe('gateway names on the canvas', () => {
  it('covers no step and no flow label on the credit-application demo', async () => {
    const { page, trap, context } = await app.open({
      filePickers: false,
      viewport: { width: 1280, height: 800 },
    });
    const first = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.locator('[role="menuitem"][data-action="bpmn.importProsimos"]').click();
    await (await first).setFiles(join(parity, 'Credit_Application_Simulation.bpmn'));
    const second = page.waitForEvent('filechooser');
    await (await second).setFiles(join(parity, 'm3-credit.prosimos.json'));
    await expect
      .poll(() => page.getByText('lending decision?', { exact: true }).count(), { timeout: 30_000 })
      .toBe(1);
    const report = page.getByTestId('bpmn-report');
    if (await report.isVisible()) await page.keyboard.press('Escape');
    // No minimap over the picture; then View → Fit.
    for (const action of ['view.minimap', 'view.fit']) {
      await page.getByRole('button', { name: 'View', exact: true }).click();
      await page.locator(`[role="menuitem"][data-action="${action}"]`).click();
    }
    // The flows are routed in a worker: wait until the routed chips stop moving.
    let last = '';
    await expect
      .poll(
        async () => {
          const now = JSON.stringify(await drawnBoxes(page));
          const settled = now === last;
          last = now;
          return settled;
        },
        { timeout: 15_000, interval: 300 },
      )
      .toBe(true);
    const { names, steps, chips } = await drawnBoxes(page);
    expect(names.map((n) => n.text)).toContain('lending decision?');
    const covered: string[] = [];
    for (const name of names) {
      for (const s of steps)
        if (s.id !== name.id && overlaps(name.box, s.box))
          covered.push(`${name.text} / step ${s.id}`);
      for (const c of chips)
        if (overlaps(name.box, c.box)) covered.push(`${name.text} / ${c.text}`);
    }
    await page.screenshot({
      path: join(import.meta.dirname, '../../test-results/gateway-labels-credit.png'),
    });
    expect(covered).toEqual([]);
    trap.expectClean();
    await context.close();
  });
});
