/**
 * Editor benchmark: opens generated processes of 200, 1,000 and 2,000 steps in the built app
 * (`pnpm build` first) in headless Chromium, and records the time from choosing the file to the
 * first drawn map, then frame times while panning (wheel) and while dragging a step at 100 %
 * zoom. The budget (DESIGN.md): 1,000 steps pan and drag smoothly; 2,000 stay usable. Prints
 * Markdown; the figures go into docs/benchmarks.md, section "Editor". Not a test: no thresholds.
 */
import os from 'node:os';
import { generateProcess } from '@flowsmith/model';
import { launchBrowser } from '../../test/e2e/harness/launchBrowser';
import { startStaticServer } from '../../test/e2e/harness/staticServer';
import { openApp } from '../../test/e2e/harness/openApp';
import { writeTemp } from '../../test/e2e/harness/fixtures';
import type { Page } from 'playwright-core';

// The minimap is shown up to 1,000 steps and hidden above (the default); the last run turns it
// on for 2,000 steps, to show what it costs.
const RUNS: Array<{ n: number; forceMinimap: boolean }> = [
  { n: 200, forceMinimap: false },
  { n: 1000, forceMinimap: false },
  { n: 2000, forceMinimap: false },
  { n: 2000, forceMinimap: true },
];

interface FrameStats {
  frames: number;
  median: number;
  p95: number;
  max: number;
  long: number;
}

function stats(intervals: number[]): FrameStats {
  const s = [...intervals].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return {
    frames: s.length,
    median: at(0.5),
    p95: at(0.95),
    max: s[s.length - 1] ?? 0,
    long: s.filter((x) => x > 50).length,
  };
}

/** Starts recording requestAnimationFrame intervals in the page. */
async function startFrames(page: Page) {
  // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__rec = true;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__rec) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
}

async function stopFrames(page: Page): Promise<FrameStats> {
  const intervals = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __rec: boolean };
    w.__rec = false;
    return w.__frames.slice(1);
  });
  return stats(intervals);
}

const f = (n: number) => n.toFixed(1);

async function main() {
  const server = await startStaticServer();
  const browser = await launchBrowser();
  const rows: string[] = [];
  try {
    for (const { n, forceMinimap } of RUNS) {
      const doc = generateProcess({ steps: n, seed: 7 });
      const path = await writeTemp(`bench-${n}.flow.json`, doc);
      const { page, context, trap } = await openApp(browser, server.url, {
        filePickers: false,
        viewport: { width: 1400, height: 860 },
      });

      // Time to first render: file chosen → steps drawn (parse, validate, store, derive, paint).
      await page
        .locator('[data-testid="save-status"][data-state="saved"]')
        .waitFor({ timeout: 60_000 });
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
      await page.locator('.react-flow__node-step').first().waitFor();
      const t1 = await page.evaluate(
        () =>
          new Promise<number>((ok) =>
            requestAnimationFrame(() => requestAnimationFrame((t) => ok(t))),
          ),
      );
      const rendered = await page.locator('.react-flow__node-step').count();
      if (forceMinimap) {
        await page.locator('.fs-menu-button[data-menu="view"]').click();
        await page.locator('[data-action="view.minimap"]').click();
        await page.locator('.react-flow__minimap').waitFor();
      }
      const minimap = (await page.locator('.react-flow__minimap').count()) > 0;

      // Zoom to 100 % on a step in the middle of the process.
      const middle = doc.steps[Math.floor(doc.steps.length / 2)]!;
      await page.keyboard.press('Control+f');
      await page.keyboard.type(middle.id);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(600);
      await page.keyboard.press('Escape');
      const visible = await page.locator('.react-flow__node-step').count();

      // Pan: 90 wheel events, one per 16 ms (a trackpad or wheel scroll across the map).
      await page.mouse.move(600, 400);
      await startFrames(page);
      for (let i = 0; i < 90; i++) {
        await page.mouse.wheel(i < 45 ? 40 : -40, i < 45 ? 12 : -12);
        await page.waitForTimeout(16);
      }
      await page.waitForTimeout(100);
      const pan = await stopFrames(page);

      // Drag the selected (centred) step around for about a second.
      const target = (await page.evaluate(`(() => {
        const r = document.querySelector('.react-flow').getBoundingClientRect();
        const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
        let best = null, bestD = Infinity;
        for (const el of document.querySelectorAll('.react-flow__node-step')) {
          const b = el.getBoundingClientRect();
          const x = b.left + b.width / 2, y = b.top + b.height / 2;
          if (x < r.left + 80 || x > r.right - 240 || y < r.top + 80 || y > r.bottom - 180) continue;
          const d = Math.hypot(x - cx, y - cy);
          if (d < bestD) { bestD = d; best = el.getAttribute('data-id'); }
        }
        return best;
      })()`)) as string;
      const box = (await page
        .locator(`.react-flow__node-step[data-id="${target}"]`)
        .boundingBox())!;
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      await startFrames(page);
      await page.mouse.down();
      for (let i = 1; i <= 60; i++) {
        await page.mouse.move(x + Math.sin(i / 10) * 200, y + i * 2);
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
      await page.waitForTimeout(200);
      const drag = await stopFrames(page);
      // The drag must have landed as one undoable step, or the frame times measured nothing.
      const undoable = await page.locator('[data-action="edit.undo"]').isEnabled();

      rows.push(
        `| ${n} (${doc.flows.length} flows), minimap ${minimap ? 'on' : 'off'} | ${f(t1 - t0)} | ${rendered} / ${visible} | ${f(pan.median)} / ${f(pan.p95)} / ${f(pan.max)} (${pan.long} > 50 ms of ${pan.frames}) | ${f(drag.median)} / ${f(drag.p95)} / ${f(drag.max)} (${drag.long} > 50 ms of ${drag.frames})${undoable ? '' : ' — drag not recorded!'} |`,
      );
      if (trap.errors.length)
        rows.push(`| | errors: ${trap.errors.join('; ').slice(0, 200)} | | | |`);
      await context.close();
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  const cpus = os.cpus();
  console.log(
    `Headless Chromium (${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}, software rendering), ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, viewport 1400×860.\n`,
  );
  console.log(
    '| steps | first render ms (file chosen → map drawn) | step nodes in the DOM: fitted / at 100 % | pan frame ms: median / p95 / max | drag frame ms: median / p95 / max |',
  );
  console.log('|---:|---:|---:|---|---|');
  for (const r of rows) console.log(r);
}

await main();
