/**
 * Mining benchmark (issue 19): reading, discovery and token replay on the help-desk log (21,348
 * events) and on a generated 1,000,000-event CSV log streamed in chunks (never held whole), with
 * wall time and peak memory; then fitness and precision of the discovered maps on every shared
 * log at noise 0 and 0.2. Prints Markdown; docs/benchmarks.md and docs/mining.md record it.
 *
 *   pnpm bench mining        (logs from ../shared/logs, or FLOWSMITH_LOGS)
 */
import { createReadStream, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import {
  discoverProcess,
  readCsvLog,
  readXesLog,
  tokenReplay,
  type EventLog,
} from '@flowsmith/mining';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const logs = process.env.FLOWSMITH_LOGS ?? join(root, '..', 'shared', 'logs');
const EVENTS = 1_000_000;

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const mb = (b: number) => `${Math.round(b / 2 ** 20)} MB`;

async function timed<T>(f: () => Promise<T> | T): Promise<{ value: T; s: number }> {
  const t0 = performance.now();
  const value = await f();
  return { value, s: (performance.now() - t0) / 1000 };
}

function file(name: string): AsyncIterable<Uint8Array> {
  const s = createReadStream(join(logs, name));
  return (name.endsWith('.gz') ? s.pipe(createGunzip()) : s) as AsyncIterable<Uint8Array>;
}

/**
 * A CSV event log of `events` events in chunks of ~64 KB: cases of a known process
 * register → (check | full check) → (price ∥ letter) → approve (repeated 20 %) with start and
 * complete timestamps, 8 clerks and 4 experts, a seeded generator.
 */
function* generated(events: number): Generator<string> {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) + 0.5) / 2 ** 31;
  const exp = (mean: number) => -mean * Math.log(rnd());
  let out = 'case,activity,start,complete,resource,role\n';
  let n = 0;
  let t = Date.UTC(2024, 0, 1);
  for (let c = 0; n < events; c++) {
    t += exp(2) * 60_000;
    let at = t;
    const rows: [string, string][] = [['register', 'clerk']];
    rows.push(rnd() < 0.7 ? ['check', 'clerk'] : ['full check', 'expert']);
    rows.push(
      ...((rnd() < 0.5
        ? [
            ['price', 'expert'],
            ['letter', 'clerk'],
          ]
        : [
            ['letter', 'clerk'],
            ['price', 'expert'],
          ]) as [string, string][]),
    );
    do rows.push(['approve', 'expert']);
    while (rnd() < 0.2);
    for (const [activity, role] of rows) {
      const start = at + exp(5) * 60_000;
      const end = start + exp(10) * 60_000;
      at = end;
      const who = `${role}-${Math.floor(rnd() * (role === 'clerk' ? 8 : 4))}`;
      out += `c${c},${activity},${new Date(start).toISOString()},${new Date(end).toISOString()},${who},${role}\n`;
      n++;
    }
    if (out.length > 65_536) {
      yield out;
      out = '';
    }
  }
  yield out;
}

function size(log: EventLog): number {
  return log.cases.reduce((s, c) => s + c.events.length, 0);
}

async function speed(label: string, read: () => Promise<EventLog>) {
  peak = process.memoryUsage().rss;
  const r = await timed(read);
  const d = await timed(() => discoverProcess(r.value, { noise: 0.2 }));
  const c = await timed(() => tokenReplay(d.value.document, r.value));
  console.log(
    `| ${label} | ${size(r.value).toLocaleString('en')} | ${r.s.toFixed(2)} s | ${d.s.toFixed(2)} s | ${c.s.toFixed(2)} s | ${mb(peak)} | ${c.value.fitness.toFixed(3)} |`,
  );
}

console.log('### Speed (noise 0.2)\n');
console.log('| log | events | read | discover | replay | peak RSS | fitness |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
if (existsSync(logs))
  await speed('help desk (XES, gzip)', async () => (await readXesLog(file('helpdesk.xes.gz'))).log);
const making = await timed(() => {
  let chars = 0;
  for (const chunk of generated(EVENTS)) chars += chunk.length;
  return chars;
});
await speed(`generated (CSV, streamed)`, async () => (await readCsvLog(generated(EVENTS))).log);
console.log(
  `\nThe generated log is ${mb(making.value)} of text; making it alone takes ${making.s.toFixed(2)} s, included in "read" above.`,
);

if (existsSync(logs)) {
  console.log('\n### Quality of the discovered maps on their own logs\n');
  console.log('| log | noise | fitness | precision | discover + replay |');
  console.log('|---|---:|---:|---:|---:|');
  const names = [
    'running-example.xes',
    'roadtraffic100traces.xes',
    'reviewing.xes',
    'helpdesk.xes.gz',
    ...['a12f0n00', 'a12f0n10', 'a12f0n50', 'a22f0n00', 'a22f0n10', 'a22f0n50'].map(
      (n) => `synthetic/${n}.xes.gz`,
    ),
  ];
  for (const name of names) {
    const log = (await readXesLog(file(name))).log;
    for (const noise of [0, 0.2]) {
      const r = await timed(() => tokenReplay(discoverProcess(log, { noise }).document, log));
      console.log(
        `| ${name} | ${noise} | ${r.value.fitness.toFixed(3)} | ${r.value.precision.toFixed(3)} | ${r.s.toFixed(2)} s |`,
      );
    }
  }
}
clearInterval(sampler);
