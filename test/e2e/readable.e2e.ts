/**
 * The map readable at a glance and on a projector (issue 12, item 4), driven with the real
 * keyboard and mouse at 1440×900: Shift+1 fits at a legible zoom with every lane visible and the
 * start event beside the pinned lane headers; the headers stay pinned, horizontal, ≥ 12 px and
 * whole after panning 2,000 px along the flow; every dialog closes with Esc, keeps Tab inside
 * and gives the focus back; Shift+P presents and Esc leaves; a two-step finding shows both steps.
 * Screenshots (en and zh-CN) go to test-results/readable-*.png.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { appSuite } from './harness/appSuite';
import { openExample } from './harness/openExample';
import { stepNode, waitSaved } from './harness/driver';

// The app's legible-zoom floor (src/ui/canvas/openingViewport.ts: 10 px step text ÷ 12 px), read
// as a number here because the e2e project does not compile app sources.
const LEGIBLE_ZOOM = 10 / 12;

const app = appSuite();
const viewport = { width: 1440, height: 900 };
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(import.meta.dirname, `../../test-results/readable-${name}.png`) });

type Box = { x: number; y: number; width: number; height: number };
const inside = (a: Box, b: Box, slack = 1) =>
  a.x >= b.x - slack &&
  a.y >= b.y - slack &&
  a.x + a.width <= b.x + b.width + slack &&
  a.y + a.height <= b.y + b.height + slack;

/** The canvas's viewport transform (x, y, zoom), once it has stopped moving. */
async function settledView(page: Page) {
  const read = () =>
    page.locator('.react-flow__viewport').evaluate((el) => {
      const m = new DOMMatrix(getComputedStyle(el).transform);
      return { x: m.e, y: m.f, zoom: m.a };
    });
  let last = await read();
  for (;;) {
    await page.waitForTimeout(120);
    const now = await read();
    if (now.x === last.x && now.y === last.y && now.zoom === last.zoom) return now;
    last = now;
  }
}

const pane = (page: Page) => page.locator('.fs-canvas .react-flow');

/**
 * Every lane header in view (a lane scrolled wholly off-screen has none): its name among the
 * roles', at ≥ 12 px, horizontal, wholly visible and not cut off. Returns the names shown.
 */
async function expectReadableHeaders(page: Page, names: string[]) {
  const column = (await page.getByTestId('lane-headers').boundingBox())!;
  const paneBox = (await pane(page).boundingBox())!;
  expect(column.x).toBeCloseTo(paneBox.x, 0); // pinned to the canvas's left edge
  const headers = page.locator('.fs-pinned-lane .fs-lane-name');
  const shown = await headers.allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  for (const n of shown) expect(names).toContain(n);
  for (const name of await headers.all()) {
    const style = await name.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        size: parseFloat(s.fontSize),
        writing: s.writingMode,
        transform: getComputedStyle(el.parentElement!).transform,
        cut: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
      };
    });
    expect(style.size).toBeGreaterThanOrEqual(12);
    expect(style.writing).toBe('horizontal-tb');
    expect(style.transform).toBe('none');
    expect(style.cut).toBe(false);
    const box = (await name.boundingBox())!;
    expect(inside(box, column)).toBe(true);
    expect(inside(box, paneBox)).toBe(true);
  }
  return shown;
}

/** Pans the map with the middle mouse button, `dx` screen px (negative: along the flow). */
async function pan(page: Page, dx: number) {
  const box = (await pane(page).boundingBox())!;
  const y = box.y + box.height / 2;
  for (let left = dx; left !== 0;) {
    const step = Math.sign(left) * Math.min(Math.abs(left), 700);
    const x0 = step < 0 ? box.x + box.width - 100 : box.x + 200;
    await page.mouse.move(x0, y);
    await page.mouse.down({ button: 'middle' });
    await page.mouse.move(x0 + step, y, { steps: 8 });
    await page.mouse.up({ button: 'middle' });
    left -= step;
  }
}

/** Tabs through a dialog: the focus never leaves it, and wraps round (both directions). */
async function expectTabTrapped(page: Page, dialog: Locator) {
  const count = await dialog.evaluate(
    (d) =>
      [...d.querySelectorAll('button:not([disabled]), input, select, a[href], [tabindex="0"]')]
        .length,
  );
  for (let i = 0; i < count + 2; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
  }
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
  }
}

/** Opens a dialog by clicking `opener`, checks Tab stays inside, closes it with Esc. */
async function escCloses(page: Page, opener: Locator, focusReturns = true) {
  await opener.click();
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor();
  await expectTabTrapped(page, dialog);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
  if (focusReturns) expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
}

describe('a readable map', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`fits at a legible zoom and keeps the lane headers pinned (${lang})`, async () => {
      const { page } = await app.open({ viewport, locale: lang });
      // An English example with long role names; a Chinese one.
      await openExample(page, lang === 'en' ? 'order-to-cash' : 'purchase-approval-as-is', 'start');
      const names = await page
        .locator('.fs-side')
        .getByRole('tab', { name: /Roles|角色/ })
        .click()
        .then(() =>
          page
            .locator('[data-testid^="role-name-"]')
            .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value)),
        );
      expect(names.length).toBeGreaterThan(3);

      // The opening view: the start event in view, clear of the headers.
      const opened = await settledView(page);
      expect(opened.zoom).toBeGreaterThanOrEqual(LEGIBLE_ZOOM - 1e-6);
      const column = (await page.getByTestId('lane-headers').boundingBox())!;
      const startBox = (await stepNode(page, 'start').boundingBox())!;
      expect(startBox.x).toBeGreaterThanOrEqual(column.x + column.width);
      expect(inside(startBox, (await pane(page).boundingBox())!)).toBe(true);

      // Zoom far out, then Shift+1 (the key types "!"): back to a legible fit.
      await page.mouse.click(column.x + column.width + 300, column.y + 5);
      for (let i = 0; i < 6; i++) await page.keyboard.press('-');
      expect((await settledView(page)).zoom).toBeLessThan(LEGIBLE_ZOOM);
      await page.keyboard.press('Shift+Digit1');
      const fitted = await settledView(page);
      expect(fitted.zoom).toBeGreaterThanOrEqual(LEGIBLE_ZOOM - 1e-6);
      const startAfter = (await stepNode(page, 'start').boundingBox())!;
      expect(startAfter.x).toBeGreaterThanOrEqual(column.x + column.width);
      expect(startAfter.x).toBeLessThan(column.x + column.width + 120);
      const shown = await expectReadableHeaders(page, names);
      expect(shown).toContain(names[0]); // "Sales representative" (申请人), in full
      await shot(page, `${lang}-fit`);

      // The fit button on the canvas, with the mouse, fits the same way (not under the headers).
      for (let i = 0; i < 6; i++) await page.keyboard.press('-');
      await page.locator('.react-flow__controls-fitview').click();
      const clicked = await settledView(page);
      expect(clicked.zoom).toBeCloseTo(fitted.zoom, 3);
      const startClicked = (await stepNode(page, 'start').boundingBox())!;
      expect(startClicked.x).toBeGreaterThanOrEqual(column.x + column.width);

      // 2,000 px along the flow: the headers are still there, whole and readable.
      await pan(page, -2000);
      const panned = await settledView(page);
      expect(panned.x).toBeCloseTo(fitted.x - 2000, -1);
      await expectReadableHeaders(page, names);
      await shot(page, `${lang}-panned`);

      // Presentation mode: Shift+P, the map alone, larger; Esc leaves.
      await page.keyboard.press('Shift+KeyP');
      await page.locator('.fs-app.fs-presenting').waitFor();
      await page.locator('.fs-present-bar').waitFor();
      expect(await page.locator('.fs-topbar').isVisible()).toBe(false);
      expect(await page.locator('.fs-side').isVisible()).toBe(false);
      await page.getByTestId('present-badges').click();
      await page.locator('[data-badge-step]').first().waitFor();
      const presented = await settledView(page);
      expect(presented.zoom).toBeGreaterThanOrEqual(1.1 - 1e-6); // names at 13 px or more
      expect(
        await page
          .locator('.fs-pinned-lane')
          .first()
          .evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
      ).toBeGreaterThan(13);
      await shot(page, `${lang}-present`);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.fs-app.fs-presenting').count()).toBe(0);
      expect(await page.locator('.fs-topbar').isVisible()).toBe(true);

      // A reload opens the map fitted again: the start in view past the headers, names readable.
      await waitSaved(page);
      await page.reload();
      await stepNode(page, 'start').waitFor();
      const reopened = await settledView(page);
      expect(reopened.zoom).toBeGreaterThanOrEqual(LEGIBLE_ZOOM - 1e-6);
      const startReopened = (await stepNode(page, 'start').boundingBox())!;
      expect(startReopened.x).toBeGreaterThanOrEqual(column.x + column.width);
      await expectReadableHeaders(page, names);
      await page.context().close();
    });
  }

  it('closes every dialog with Esc and keeps Tab inside it', async () => {
    const { page } = await app.open({ viewport });
    await openExample(page, 'purchase-approval-as-is', 'mgrRecheck');
    await escCloses(page, page.locator('[data-action="help.shortcuts"]'));
    await escCloses(page, page.locator('[data-action="file.documents"]'));
    await page.locator('[data-menu="file"]').click();
    await escCloses(page, page.getByRole('menuitem', { name: /Examples/ }), false);

    // The enlarged BPMN view.
    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: 'BPMN', exact: true }).click();
    await escCloses(page, side.getByRole('button', { name: 'Large view' }));

    // Compare: the maps side by side (whose Fit shows both maps whole) and the timeline.
    await side.getByRole('tab', { name: 'Compare', exact: true }).click();
    const panel = side.locator('.fs-compare');
    await panel.getByTestId('compare-copy').click();
    await expect.poll(() => panel.getByTestId('compare-open-maps').isEnabled()).toBe(true);
    await panel.getByTestId('compare-open-maps').click();
    const maps = page.getByTestId('compare-maps');
    await expect.poll(() => maps.locator('img').count()).toBe(2);
    await page.getByTestId('compare-pane-0').hover();
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -300);
    await page.getByTestId('compare-fit').click();
    // Every lane in view, each map from its start, and no smaller than its pane's height allows.
    for (const i of [0, 1]) {
      const paneBox = (await page.getByTestId(`compare-pane-${i}`).boundingBox())!;
      const img = (await page.getByTestId(`compare-pane-${i}`).locator('img').boundingBox())!;
      expect(img.y).toBeGreaterThanOrEqual(paneBox.y - 2);
      expect(img.y + img.height).toBeLessThanOrEqual(paneBox.y + paneBox.height + 2);
      expect(img.x).toBeGreaterThanOrEqual(paneBox.x - 2);
      expect(img.x).toBeLessThanOrEqual(paneBox.x + paneBox.width / 2);
      expect(img.height).toBeGreaterThan(paneBox.height * 0.9);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await escCloses(page, panel.getByTestId('compare-open-maps'));
    await escCloses(page, panel.getByTestId('compare-open-timeline'));
  });

  it('shows both steps of a two-step finding', async () => {
    const { page } = await app.open({ viewport });
    await openExample(page, 'purchase-approval-as-is', 'mgrRecheck');
    await pan(page, -3000); // both steps far out of view
    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: /Analysis/ }).click();
    const finding = side.locator('[data-finding="redundant-approval"]').first();
    await finding.locator('.fs-finding-message').click();
    await settledView(page);
    const paneBox = (await pane(page).boundingBox())!;
    const column = (await page.getByTestId('lane-headers').boundingBox())!;
    for (const id of ['mgrRecheck', 'mgrApprove']) {
      const box = (await stepNode(page, id).boundingBox())!;
      expect(inside(box, paneBox)).toBe(true);
      expect(box.x).toBeGreaterThanOrEqual(column.x + column.width);
    }
  });
});
