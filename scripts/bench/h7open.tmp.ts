import { generateProcess } from '@flowsmith/model';
import { createServer } from 'vite';
import { launchBrowser } from '../../test/e2e/harness/launchBrowser';
import { openApp } from '../../test/e2e/harness/openApp';
import { writeTemp } from '../../test/e2e/harness/fixtures';
const dev = await createServer({ root: '/work/main', logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
await dev.listen(); const url = dev.resolvedUrls!.local[0]!;
const browser = await launchBrowser();
const doc = generateProcess({ steps: 1000, seed: 7 });
const path = await writeTemp('open.flow.json', doc);
const { page, context } = await openApp(browser, url, { filePickers: false });
const reqs: string[] = [];
page.on('request', (r) => reqs.push(r.url()));
await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 120000 });
for (let i = 0; i < 3; i++) {
  reqs.length = 0;
  const chooser = page.waitForEvent('filechooser');
  await page.locator('.fs-menu-button[data-menu="file"]').click();
  await page.locator('[data-action="file.open"]').click();
  const t0 = await page.evaluate(() => performance.now());
  await (await chooser).setFiles(path);
  await page.waitForFunction((c) => document.querySelector('.fs-status-size')?.textContent?.startsWith(`${c} `), doc.steps.length, { timeout: 120000 });
  await page.locator('.react-flow__node-step').first().waitFor();
  const t1 = await page.evaluate(() => new Promise<number>((ok) => requestAnimationFrame(() => requestAnimationFrame((t) => ok(t)))));
  console.log('open', i, (t1 - t0).toFixed(0), 'requests during open', reqs.length, reqs.slice(0, 8).map((u) => u.slice(-60)));
  await page.waitForTimeout(3000);
}
await context.close(); await browser.close(); await dev.close();
