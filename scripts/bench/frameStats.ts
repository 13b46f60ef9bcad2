/**
 * Frame-time recording for the editor benchmark: requestAnimationFrame intervals in the page,
 * summarised as median / p95 / max and the count of long frames (> 50 ms).
 */
import type { Page } from 'playwright-core';

/** Frame intervals of one gesture. */
export interface FrameStats {
  frames: number;
  median: number;
  p95: number;
  max: number;
  long: number;
}

/** Median, p95, max and long frames of `intervals` (ms). Pure. */
export function frameStats(intervals: number[]): FrameStats {
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
export async function startFrames(page: Page): Promise<void> {
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

/** Stops recording and summarises the intervals (the first, partial one dropped). */
export async function stopFrames(page: Page): Promise<FrameStats> {
  const intervals = (await page.evaluate(`(() => {
    window.__rec = false;
    return window.__frames.slice(1);
  })()`)) as number[];
  return frameStats(intervals);
}

/** Pans with 90 wheel events 16 ms apart, right-down then back (a trackpad scroll across the map). */
export async function panGesture(page: Page, x: number, y: number): Promise<FrameStats> {
  await page.mouse.move(x, y);
  await startFrames(page);
  for (let i = 0; i < 90; i++) {
    await page.mouse.wheel(i < 45 ? 40 : -40, i < 45 ? 12 : -12);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(100);
  return stopFrames(page);
}

/** Drags from (x, y) along a wave for 60 pointer moves 16 ms apart, then releases. */
export async function dragGesture(page: Page, x: number, y: number): Promise<FrameStats> {
  await page.mouse.move(x, y);
  await startFrames(page);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(x + Math.sin(i / 10) * 200, y + i * 2);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(200);
  return stopFrames(page);
}

/** The centre of the element matching `selector` nearest the centre of `container`, kept clear of its edges. */
export async function shapeNearCentre(
  page: Page,
  container: string,
  selector: string,
): Promise<{ x: number; y: number; id: string } | null> {
  return (await page.evaluate(`(() => {
    const r = document.querySelector(${JSON.stringify(container)}).getBoundingClientRect();
    const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
    let best = null, bestD = Infinity;
    for (const el of document.querySelectorAll(${JSON.stringify(selector)})) {
      const b = el.getBoundingClientRect();
      if (b.width === 0) continue;
      const x = b.left + b.width / 2, y = b.top + b.height / 2;
      if (x < r.left + 80 || x > r.right - 240 || y < r.top + 80 || y > r.bottom - 180) continue;
      const d = Math.hypot(x - cx, y - cy);
      if (d < bestD) { bestD = d; best = { x, y, id: el.getAttribute('data-id') ?? el.getAttribute('data-element-id') }; }
    }
    return best;
  })()`)) as { x: number; y: number; id: string } | null;
}
