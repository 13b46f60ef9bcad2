/**
 * One Flowsmith run of the editor benchmark: open a process through File → Open, zoom to 100 %
 * on its middle step, pan, drag a step. Works against the built app or the Vite dev server.
 */
import type { ProcessDocument } from '@flowsmith/model';
import type { Browser } from 'playwright-core';
import { openApp } from '../../test/e2e/harness/openApp';
import { writeTemp } from '../../test/e2e/harness/fixtures';
import { dragGesture, panGesture, shapeNearCentre, type FrameStats } from './frameStats';

/** What one run measured. */
export interface EditorFigures {
  /** ms from the file (or XML) given to the map drawn (two animation frames after). */
  open: number;
  /** Shapes in the DOM at 100 % zoom. */
  visible: number;
  pan: FrameStats;
  drag: FrameStats;
  /** The drag landed as an undoable change (else its frames measured nothing). */
  dragRecorded: boolean;
}

/** Opens `doc` in the app at `url` and measures open, pan and drag. */
export async function measureFlowsmith(
  browser: Browser,
  url: string,
  doc: ProcessDocument,
): Promise<EditorFigures> {
  const path = await writeTemp(`bench-${doc.steps.length}.flow.json`, doc);
  const { page, context, trap } = await openApp(browser, url, {
    filePickers: false,
    viewport: { width: 1400, height: 860 },
  });
  try {
    await page
      .locator('[data-testid="save-status"][data-state="saved"]')
      .waitFor({ timeout: 120_000 });
    const chooser = page.waitForEvent('filechooser', { timeout: 60_000 });
    await page.locator('.fs-menu-button[data-menu="file"]').click();
    await page.locator('[data-action="file.open"]').click();
    const t0 = await page.evaluate(() => performance.now());
    await (await chooser).setFiles(path);
    await page.waitForFunction(
      (count) => document.querySelector('.fs-status-size')?.textContent?.startsWith(`${count} `),
      doc.steps.length,
      { timeout: 120_000 },
    );
    await page.locator('.react-flow__node-step').first().waitFor({ timeout: 120_000 });
    const t1 = await page.evaluate(
      () =>
        new Promise<number>((ok) =>
          requestAnimationFrame(() => requestAnimationFrame((t) => ok(t))),
        ),
    );

    // Zoom to 100 % on the middle step (find it, then leave the search box).
    const middle = doc.steps[Math.floor(doc.steps.length / 2)]!;
    const focusMiddle = async () => {
      await page.keyboard.press('Control+f');
      await page.keyboard.type(middle.id);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(600);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(200);
    };
    await focusMiddle();
    const visible = await page.locator('.react-flow__node-step').count();

    const pan = await panGesture(page, 600, 400);
    // Back on the middle step (the pan may end off it), then drag the step nearest the centre.
    await focusMiddle();
    const target = await shapeNearCentre(page, '.react-flow', '.react-flow__node-step');
    if (!target) throw new Error('no step near the centre to drag');
    const drag = await dragGesture(page, target.x, target.y);
    const dragRecorded = await page.locator('[data-action="edit.undo"]').isEnabled();
    if (trap.errors.length) throw new Error(`console errors: ${trap.errors.join('; ')}`);
    return { open: t1 - t0, visible, pan, drag, dragRecorded };
  } finally {
    await context.close();
  }
}
