/**
 * Layout benchmark: `layoutProcess` (ELK layered, roles as lanes, flows routed) on generated
 * processes of 200 and 1,000 steps, horizontal and vertical, a partial layout (`only` 20 steps of
 * 1,000), the synchronous `laneGeometry` every drawing calls, and `routeFlows` (the orthogonal
 * router the layout worker runs after a move) over the laid-out map and after 20 steps moved.
 * The budget: 1,000 steps laid out and routed in a worker without freezing the page. Prints
 * Markdown. (libavoid-js, the alternative router, is not a dependency; docs/benchmarks.md records
 * one ad-hoc measurement of it.)
 */
import { performance } from 'node:perf_hooks';
import { generateProcess, type ProcessDocument } from '@flowsmith/model';
import {
  checkDrawing,
  drawingOf,
  laneGeometry,
  layoutProcess,
  routeFlows,
  type LayoutOptions,
} from '@flowsmith/layout';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(run: () => Promise<unknown> | unknown, repeats: number) {
  await run(); // warm-up: JIT
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return { median: median(times), min: Math.min(...times) };
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

console.log('| steps (flows, roles) | what | median ms | min ms |');
console.log('|---:|---|---:|---:|');
for (const steps of [200, 1000]) {
  const doc = generateProcess({ steps, seed: 42 });
  const size = `${doc.steps.length} (${doc.flows.length}, ${doc.roles.length})`;
  const repeats = steps > 500 ? 5 : 9;
  const cases: Array<[string, LayoutOptions]> = [
    ['layoutProcess horizontal, routed', { orientation: 'horizontal' }],
    ['layoutProcess vertical, routed', { orientation: 'vertical' }],
    ['layoutProcess horizontal, no routes', { orientation: 'horizontal', routes: false }],
  ];
  for (const [label, options] of cases) {
    const t = await time(() => layoutProcess(doc, options), repeats);
    console.log(`| ${size} | ${label} | ${fmt(t.median)} | ${fmt(t.min)} |`);
  }
  const { positions } = await layoutProcess(doc);
  const placed: ProcessDocument = {
    ...doc,
    steps: doc.steps.map((s) => ({ ...s, position: positions[s.id]! })),
  };
  const only = doc.steps.slice(0, 20).map((s) => s.id);
  const partial = await time(() => layoutProcess(placed, { only, routes: false }), repeats);
  console.log(
    `| ${size} | layoutProcess only 20 steps, no routes | ${fmt(partial.median)} | ${fmt(partial.min)} |`,
  );
  const geometry = await time(() => laneGeometry(doc, { positions }), 21);
  console.log(`| ${size} | laneGeometry (sync) | ${fmt(geometry.median)} | ${fmt(geometry.min)} |`);
  const g = laneGeometry(doc, { positions });
  const route = await time(() => routeFlows(g.placements, doc.flows), repeats);
  const routes = routeFlows(g.placements, doc.flows);
  const problems = checkDrawing(drawingOf(g, doc.flows, routes), { shared: true }).length;
  console.log(
    `| ${size} | routeFlows, whole map (${problems} problems) | ${fmt(route.median)} | ${fmt(route.min)} |`,
  );
  // After a workshop's edits: 20 steps nudged off their rows (a step-sized move each).
  const moved = { ...positions };
  for (const s of doc.steps.slice(5, 25))
    moved[s.id] = { x: moved[s.id]!.x + 30, y: moved[s.id]!.y + 70 };
  const gm = laneGeometry(doc, { positions: moved });
  const afterMoves = await time(() => routeFlows(gm.placements, doc.flows), repeats);
  console.log(
    `| ${size} | routeFlows after 20 moves | ${fmt(afterMoves.median)} | ${fmt(afterMoves.min)} |`,
  );
}
