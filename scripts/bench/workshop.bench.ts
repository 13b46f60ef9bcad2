/**
 * Workshop server benchmark (issue 15): one server process (a child, SQLite file, 127.0.0.1) and
 * simulated participants in this process, each a real HocuspocusProvider over `ws`. Two bounded
 * scenarios: 30 participants in one room, and 50 rooms of 5. Every participant owns one step and
 * renames it about once a second; every other participant of the room notes when the rename
 * arrives. Reports latency from an edit to its arrival at each other participant (p50/p95/max,
 * and to the last of them), the server's memory per room, messages per second, server CPU.
 *
 *   pnpm bench workshop        (WORKSHOP_BENCH_SECONDS sets the measured time per scenario; 15)
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { writeProcessToYDoc } from '@flowsmith/collab';
import * as Y from 'yjs';
import { RoomGuard } from '../../packages/server/src/guard/RoomGuard';
import { gallery } from '@flowsmith/model';
import { startChildServer, type ChildServer } from '../../packages/server/src/testing/childServer';
import {
  addOwnStep,
  hasStep,
  renameOwnStep,
  watchRenames,
} from '../../packages/server/src/testing/editProbe';
import {
  openClient,
  waitFor,
  type TestClient,
} from '../../packages/server/src/testing/workshopTestKit';

const SECONDS = Number(process.env.WORKSHOP_BENCH_SECONDS ?? 15);
const WARM_UP_MS = 2000;
const EDIT_EVERY_MS = 1000;
const token = (kind: string, room: number) => `${kind}-token-room-${room}-0123456789`;

/** Resident memory of a process, in MiB (Linux /proc). */
function rssMiB(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return kb / 1024;
}
/** CPU seconds (user + system) a process has used so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (v: number) => v.toFixed(1);

interface Participant {
  id: string;
  room: number;
  client: TestClient;
  messages: number;
}

async function scenario(server: ChildServer, rooms: number, perRoom: number) {
  const pid = server.process.pid!;
  const rssBefore = rssMiB(pid);
  const participants: Participant[] = [];
  for (let r = 1; r <= rooms; r++) {
    const facilitator = openClient(server.url, `room-${r}`, token('facilitator', r));
    await facilitator.synced;
    writeProcessToYDoc(facilitator.doc, gallery.sequence3);
    const members: Participant[] = [{ id: `p0r${r}`, room: r, client: facilitator, messages: 0 }];
    for (let i = 1; i < perRoom; i++) {
      const client = openClient(server.url, `room-${r}`, token('participant', r));
      members.push({ id: `p${i}r${r}`, room: r, client, messages: 0 });
    }
    await Promise.all(members.map((m) => m.client.synced));
    for (const m of members) addOwnStep(m.client.doc, m.id);
    await waitFor(
      () => members.every((m) => members.every((o) => hasStep(m.client.doc, o.id))),
      'every step everywhere',
      60_000,
    );
    participants.push(...members);
  }
  const rssLoaded = rssMiB(pid);

  const sentAt = new Map<string, number>();
  const arrivals = new Map<string, number[]>();
  const latencies: number[] = [];
  let measuring = false;
  for (const p of participants) {
    p.client.provider.on('message', () => measuring && p.messages++);
    watchRenames(p.client.doc, (owner, seq) => {
      const sent = sentAt.get(`${owner}-${seq}`);
      if (sent === undefined) return;
      const delay = performance.now() - sent;
      latencies.push(delay);
      const list = arrivals.get(`${owner}-${seq}`) ?? [];
      list.push(delay);
      arrivals.set(`${owner}-${seq}`, list);
    });
  }
  const timers: NodeJS.Timeout[] = [];
  let seq = 0;
  let sentCount = 0;
  for (const p of participants) {
    // spread the first edits over one period, then one edit a period each
    const start = setTimeout(() => {
      const edit = () => {
        const n = ++seq;
        sentAt.set(`${p.id}-${n}`, performance.now());
        if (measuring) sentCount++;
        renameOwnStep(p.client.doc, p.id, n);
      };
      edit();
      timers.push(setInterval(edit, EDIT_EVERY_MS));
    }, Math.random() * EDIT_EVERY_MS);
    timers.push(start);
  }
  await new Promise((r) => setTimeout(r, WARM_UP_MS));
  latencies.length = 0;
  arrivals.clear();
  measuring = true;
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const load0 = loadavg()[0]!;
  const cpu0 = cpuSeconds(pid);
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  measuring = false;
  lag.disable();
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = (cpuSeconds(pid) - cpu0) / elapsed;
  for (const t of timers) clearInterval(t);
  await new Promise((r) => setTimeout(r, 500));
  const rssEnd = rssMiB(pid);
  for (const p of participants) p.client.destroy();

  const sorted = latencies.slice().sort((a, b) => a - b);
  const toAll = [...arrivals.values()]
    .filter((l) => l.length === perRoom - 1)
    .map((l) => Math.max(...l))
    .sort((a, b) => a - b);
  const incomplete = [...arrivals.values()].filter((l) => l.length < perRoom - 1).length;
  return {
    label: rooms === 1 ? `1 room × ${perRoom}` : `${rooms} rooms × ${perRoom}`,
    edits: sentCount / elapsed,
    deliveries: latencies.length / elapsed,
    messagesIn: participants.reduce((s, p) => s + p.messages, 0) / elapsed,
    p50: pct(sorted, 50),
    p95: pct(sorted, 95),
    max: sorted.at(-1) ?? NaN,
    allP95: pct(toAll, 95),
    incomplete,
    memoryPerRoom: (rssLoaded - rssBefore) / rooms,
    rss: rssEnd,
    cpu,
    clientLagP99: lag.percentile(99) / 1e6,
    load: (load0 + loadavg()[0]!) / 2,
  };
}

/**
 * The server's own work to judge one edit (shadow update, read back, `parseProcess`, checks) on a
 * room of `steps` steps, in ms: measured in this process, away from the network.
 */
function guardCost(steps: number): number {
  const room = new Y.Doc();
  writeProcessToYDoc(room, gallery.sequence3);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
  for (let i = 0; i < steps - 5; i++) addOwnStep(client, `p${i}`);
  Y.applyUpdate(room, Y.encodeStateAsUpdate(client));
  const guard = new RoomGuard(room);
  const permissions = { participantsMayDeleteProcess: false, participantsMayChangeRoles: false };
  const updates: Uint8Array[] = [];
  client.on('update', (u: Uint8Array) => updates.push(u));
  for (let n = 0; n < 1200; n++) renameOwnStep(client, `p${n % (steps - 5)}`, n + 1);
  let start = 0;
  updates.forEach((u, i) => {
    if (i === 200) start = performance.now();
    if (guard.check(u, 'participant', permissions)) throw new Error('a valid edit was refused');
    Y.applyUpdate(room, u);
  });
  return (performance.now() - start) / (updates.length - 200);
}
const guardMs = [35, 200].map((n) => ({ steps: n, ms: guardCost(n) }));

const dir = mkdtempSync(join(tmpdir(), 'flowsmith-bench-workshop-'));
const rooms = Array.from({ length: 51 }, (_, i) => ({
  id: `room-${i + 1}`,
  facilitatorToken: token('facilitator', i + 1),
  participantToken: token('participant', i + 1),
}));
const results = [];
for (const [count, size] of [
  [1, 30],
  [50, 5],
] as const) {
  // a fresh server process for each scenario, so its memory is the scenario's own
  const server = await startChildServer({
    databasePath: join(dir, `bench-${count}.sqlite`),
    rooms: rooms.slice(0, count),
  });
  try {
    results.push(await scenario(server, count, size));
  } finally {
    await server.stop();
  }
}
rmSync(dir, { recursive: true, force: true });

console.log(
  `One server process (SQLite, 127.0.0.1), participants in a second process; each renames its own ` +
    `step once a second; ${SECONDS} s measured after ${WARM_UP_MS / 1000} s warm-up.\n`,
);
console.log(
  "| scenario | edits/s | arrivals/s | messages/s to clients | p50 ms | p95 ms | max ms | p95 to all others ms | server CPU | server RSS MiB | MiB per room | clients' event-loop lag p99 ms | load average |",
);
console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
for (const r of results) {
  console.log(
    `| ${r.label} | ${r.edits.toFixed(0)} | ${r.deliveries.toFixed(0)} | ${r.messagesIn.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ` +
      `${ms(r.max)} | ${ms(r.allP95)} | ${(r.cpu * 100).toFixed(0)} % | ${r.rss.toFixed(0)} | ${r.memoryPerRoom.toFixed(2)} | ` +
      `${ms(r.clientLagP99)} | ${r.load.toFixed(1)} |`,
  );
  if (r.incomplete > 0)
    console.log(
      `\n${r.label}: ${r.incomplete} edits had not reached every participant when measuring stopped.`,
    );
}
console.log(
  `\nServer work to judge one edit before applying it: ` +
    guardMs.map((g) => `${g.ms.toFixed(2)} ms on a ${g.steps}-step process`).join(', ') +
    '.',
);
process.exit(0);
