import { generateProcess } from '@flowsmith/model';
import { createServer } from 'vite';
import { launchBrowser } from '../../test/e2e/harness/launchBrowser';
import { startStaticServer } from '../../test/e2e/harness/staticServer';
import { openApp } from '../../test/e2e/harness/openApp';
import { writeTemp } from '../../test/e2e/harness/fixtures';
import { dragGesture, shapeNearCentre } from './frameStats';
const mode = process.argv[2] ?? 'prod';
let url: string; let close: () => Promise<void>;
if (mode === 'dev') {
  const dev = await createServer({ root: '/work/main', logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
  await dev.listen(); url = dev.resolvedUrls!.local[0]!; close = () => dev.close();
} else { const s = await startStaticServer('/tmp/h7-dist'); url = s.url; close = s.close; }
const browser = await launchBrowser();
const doc = generateProcess({ steps: 1000, seed: 7 });
const path = await writeTemp('prof.flow.json', doc);
for (let round = 0; round < (mode === 'dev' ? 2 : 1); round++) {
  const { page, context } = await openApp(browser, url, { filePickers: false });
  try {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 120000 });
  const chooser = page.waitForEvent('filechooser');
  await page.locator('.fs-menu-button[data-menu="file"]').click();
  await page.locator('[data-action="file.open"]').click();
  await (await chooser).setFiles(path);
  await page.waitForFunction((c) => document.querySelector('.fs-status-size')?.textContent?.startsWith(`${c} `), doc.steps.length, { timeout: 120000 });
  await page.keyboard.press('Control+f'); await page.keyboard.type(doc.steps[500]!.id); await page.keyboard.press('Enter');
  await page.waitForTimeout(600); await page.keyboard.press('Escape'); await page.waitForTimeout(1000);
  const target = await shapeNearCentre(page, '.react-flow', '.react-flow__node-step');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const st = await dragGesture(page, target!.x, target!.y);
  const { profile } = await cdp.send('Profiler.stop') as any;
  console.log(mode, 'round', round, JSON.stringify(st));
  if (round === (mode === 'dev' ? 1 : 0)) {
    const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
    const self = new Map<number, number>();
    const dt = profile.timeDeltas as number[];
    profile.samples.forEach((id: number, i: number) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
    const agg = new Map<string, number>();
    for (const [id, t] of self) { const n: any = byId.get(id); const cf = n.callFrame; const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber}`; agg.set(k, (agg.get(k) ?? 0) + t); }
    const total = [...agg.values()].reduce((a, b) => a + b, 0);
    console.log('total ms', (total / 1000).toFixed(0));
    for (const [k, t] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((t / 1000).toFixed(1).padStart(8), k);
  }
  } catch (e) { console.log('round failed', String(e).slice(0, 200)); }
  await context.close();
}
await browser.close(); await close();
