/**
 * Editor benchmark: opens generated processes of 1,000 and 2,000 steps in the built app
 * (`pnpm build` first, or FLOWSMITH_E2E_DIST) and 1,000 steps in the Vite dev server (`pnpm dev`),
 * in headless Chromium, and records the time from choosing the file to the first drawn map, then
 * frame times while panning (wheel) and while dragging a step at 100 % zoom. In the same browser
 * run, bpmn-js's modeler (its own production bundle, served as a static page) imports the same
 * process exported as BPMN (`exportBpmn`) and is panned and dragged the same way. Then the
 * initial JavaScript of the app (index.html's script and module preloads) is compared with the
 * bpmn-js modeler bundle. Prints Markdown for docs/benchmarks.md, section "Editor". Not a test:
 * no thresholds. `BENCH_STEPS=1000` limits the sizes.
 */
import os from 'node:os';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer } from 'vite';
import { generateProcess } from '@flowsmith/model';
import { exportBpmn } from '@flowsmith/bpmn';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../test/e2e/harness/launchBrowser';
import { startStaticServer } from '../../test/e2e/harness/staticServer';
import { measureFlowsmith, type EditorFigures } from './editorFrames';
import { bpmnJsPage, measureBpmnJs } from './bpmnJsFrames';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = process.env.FLOWSMITH_E2E_DIST ?? join(ROOT, 'dist');
const SIZES = (process.env.BENCH_STEPS ?? '1000,2000').split(',').map(Number);

const f = (n: number) => n.toFixed(1);
const frames = (s: EditorFigures['pan']) =>
  `${f(s.median)} / ${f(s.p95)} / ${f(s.max)} (${s.long} > 50 ms of ${s.frames})`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;

/** The JavaScript a first visit loads before the editor can draw: index.html's script and preloads. */
async function initialJs(dist: string): Promise<{ raw: number; gzip: number; files: number }> {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const body = await readFile(join(dist, file));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip, files: new Set(files).size };
}

async function bundleSize(path: string): Promise<{ raw: number; gzip: number }> {
  const body = await readFile(path);
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

async function main() {
  const prod = await startStaticServer(DIST);
  const bpmnPage = await bpmnJsPage(ROOT);
  const dev = await createServer({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await dev.listen();
  const devUrl = dev.resolvedUrls?.local[0] ?? '';
  const browser: Browser = await launchBrowser();
  const rows: string[] = [];
  const row = (label: string, r: EditorFigures) => {
    console.error(`measured: ${label}`);
    rows.push(
      `| ${label} | ${f(r.open)} | ${r.visible} | ${frames(r.pan)} | ${frames(r.drag)}${r.dragRecorded ? '' : ' — drag not recorded!'} |`,
    );
  };
  try {
    for (const n of SIZES) {
      const doc = generateProcess({ steps: n, seed: 7 });
      const label = `${n} steps (${doc.flows.length} flows)`;
      row(`Flowsmith, production build, ${label}`, await measureFlowsmith(browser, prod.url, doc));
      if (n === 1000) {
        // The dev server compiles modules on first request and may reload the page once when it
        // discovers a dependency to pre-bundle: a first visit with the same process warms it up.
        await measureFlowsmith(browser, devUrl, doc).catch((e: unknown) =>
          console.error(`dev server warm-up: ${String(e).split('\n')[0]}`),
        );
        row(
          `Flowsmith, \`pnpm dev\` (Vite dev server), ${label}`,
          await measureFlowsmith(browser, devUrl, doc),
        );
      }
      const xml = await exportBpmn(doc);
      row(
        `bpmn-js ${bpmnPage.version} modeler, ${label}`,
        await measureBpmnJs(browser, bpmnPage.url, xml),
      );
    }
  } finally {
    await browser.close().catch(() => {});
    await prod.close();
    await bpmnPage.close();
    await dev.close();
  }
  const cpus = os.cpus();
  console.log(
    `Headless Chromium (${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}, software rendering), ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, viewport 1400×860.\n`,
  );
  console.log(
    '| editor, process | open ms (file chosen / XML given → map drawn) | shapes in the DOM at 100 % | pan frame ms: median / p95 / max | drag frame ms: median / p95 / max |',
  );
  console.log('|---|---:|---:|---|---|');
  for (const r of rows) console.log(r);
  const app = await initialJs(DIST);
  const modeler = await bundleSize(bpmnPage.modelerPath);
  console.log(
    `\nInitial JavaScript: Flowsmith ${kb(app.raw)} (${kb(app.gzip)} gzipped, ${app.files} files) · bpmn-js modeler bundle (bpmn-modeler.production.min.js) ${kb(modeler.raw)} (${kb(modeler.gzip)} gzipped) · ratio ${(app.raw / modeler.raw).toFixed(2)} (${(app.gzip / modeler.gzip).toFixed(2)} gzipped).`,
  );
}

await main();
