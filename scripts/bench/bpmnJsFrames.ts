/**
 * The bpmn-js side of the editor benchmark: a static page with bpmn-js's own modeler bundle
 * (`bpmn-js/dist/bpmn-modeler.production.min.js`, as a site embedding it would load it), which
 * imports the BPMN XML, zooms to 100 % on the middle task, then is panned and dragged with the
 * same gestures as Flowsmith.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../../test/e2e/harness/staticServer';
import type { EditorFigures } from './editorFrames';
import { dragGesture, panGesture, shapeNearCentre } from './frameStats';

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>bpmn-js</title>
<link rel="stylesheet" href="assets/diagram-js.css">
<link rel="stylesheet" href="assets/bpmn-js.css">
<link rel="stylesheet" href="assets/bpmn-font/css/bpmn.css">
<style>html,body{margin:0;height:100%}#canvas{position:absolute;inset:0}</style>
</head><body><div id="canvas"></div>
<script src="bpmn-modeler.production.min.js"></script>
<script>window.modeler = new BpmnJS({ container: '#canvas' });</script>
</body></html>`;

/** A served copy of bpmn-js's dist/ with the page above; `modelerPath` is the bundle measured. */
export async function bpmnJsPage(root: string) {
  const require = createRequire(join(root, 'package.json'));
  const pkgPath = require.resolve('bpmn-js/package.json');
  const version = (JSON.parse(await readFile(pkgPath, 'utf8')) as { version: string }).version;
  const dir = await mkdtemp(join(tmpdir(), 'bpmn-js-bench-'));
  await cp(join(dirname(pkgPath), 'dist'), dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), PAGE);
  const server = await startStaticServer(dir);
  return {
    url: server.url,
    version,
    modelerPath: join(dir, 'bpmn-modeler.production.min.js'),
    close: () => server.close(),
  };
}

/** Imports `xml` in the bpmn-js modeler at `url` and measures import, pan and drag. */
export async function measureBpmnJs(
  browser: Browser,
  url: string,
  xml: string,
): Promise<EditorFigures> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(url);
    await page.waitForFunction('!!window.modeler');
    // Import, then zoom to 100 % on the middle task (the same view Flowsmith is measured in).
    const open = (await page.evaluate(`(async (xml) => {
      const t0 = performance.now();
      await window.modeler.importXML(xml);
      const t1 = await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame((t) => ok(t))));
      const canvas = window.modeler.get('canvas');
      const registry = window.modeler.get('elementRegistry');
      const tasks = registry.filter((e) => /Task$/.test(e.type));
      for (const t of tasks) registry.getGraphics(t).classList.add('bench-task');
      canvas.zoom(1);
      canvas.scrollToElement(tasks[Math.floor(tasks.length / 2)]);
      return t1 - t0;
    })(${JSON.stringify(xml)})`)) as number;
    await page.waitForTimeout(600);
    const visible = await page.locator('.djs-element.djs-shape').count();
    const pan = await panGesture(page, 600, 400);
    const target = await shapeNearCentre(page, '#canvas', '.bench-task');
    if (!target) throw new Error('no shape near the centre to drag');
    const drag = await dragGesture(page, target.x, target.y);
    const dragRecorded = (await page.evaluate(
      `window.modeler.get('commandStack').canUndo()`,
    )) as boolean;
    if (errors.length) throw new Error(`bpmn-js page errors: ${errors.join('; ')}`);
    return { open, visible, pan, drag, dragRecorded };
  } finally {
    await context.close();
  }
}
