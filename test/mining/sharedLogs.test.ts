/**
 * The public logs of ../shared/logs beside the repository root (see its README; `FLOWSMITH_LOGS`
 * overrides the folder): read in a stream, discovered, replayed.
 * Figures recorded in docs/mining.md; the slow ones (a22, noise sweeps) are in `pnpm bench mining`.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseProcess } from '@flowsmith/model';
import { discoverProcess, readCsvLog, readXesLog, tokenReplay, variants } from '@flowsmith/mining';

const repoRoot = join(__dirname, '../..');
const dir = process.env.FLOWSMITH_LOGS ?? join(repoRoot, '../shared/logs');

function stream(file: string): AsyncIterable<Uint8Array> {
  const s = createReadStream(join(dir, file));
  return (file.endsWith('.gz') ? s.pipe(createGunzip()) : s) as AsyncIterable<Uint8Array>;
}

describe.skipIf(!existsSync(dir))('shared event logs', () => {
  it('reads the running example the same from XES and CSV, and discovers the textbook model', async () => {
    const xes = (await readXesLog(stream('running-example.xes'))).log;
    const csv = (
      await readCsvLog(readFileSync(join(dir, 'running-example.csv'), 'utf8'), {
        mapping: { case: 'case:concept:name' },
      })
    ).log;
    expect(xes.cases.length).toBe(6);
    expect(variants(xes).map((v) => v.activities)).toEqual(variants(csv).map((v) => v.activities));
    const found = discoverProcess(xes, { noise: 0 });
    expect(found.treeText).toBe(
      '->(register request, *(->(+(X(examine casually, examine thoroughly), check ticket), decide), reinitiate request), X(pay compensation, reject request))',
    );
    expect(found.durations).toBe('sojourn');
    expect(found.document.description).toContain('sojourn');
    expect(parseProcess(JSON.parse(JSON.stringify(found.document))).ok).toBe(true);
    expect(tokenReplay(found.document, xes).fitness).toBe(1);
  });

  it('rediscovers the known a12 model at noise 0 (fitness and precision 1) and stays fitting with noise', async () => {
    const clean = (await readXesLog(stream('synthetic/a12f0n00.xes.gz'))).log;
    expect(clean.hasTime).toBe(false);
    const found = discoverProcess(clean, { noise: 0 });
    expect(found.treeText).toBe('->(S, X(->(f, +(->(g, i), h), k), ->(b, X(d, ->(c, e)), j)), E)');
    expect(tokenReplay(found.document, clean)).toMatchObject({ fitness: 1, precision: 1 });
    const noisy = (await readXesLog(stream('synthetic/a12f0n10.xes.gz'))).log;
    const r = tokenReplay(discoverProcess(noisy, { noise: 0.2 }).document, noisy);
    expect(r.fitness).toBeGreaterThan(0.95);
    expect(r.precision).toBeGreaterThan(0.9);
  });

  it('discovers the help-desk log (21,348 events) with roles and fitness above 0.95', async () => {
    const { log, problemCount } = await readXesLog(stream('helpdesk.xes.gz'));
    expect(problemCount).toBe(0);
    expect(log.cases.length).toBe(4580);
    const found = discoverProcess(log, { noise: 0.2 });
    expect(found.document.roles.length).toBeGreaterThan(0);
    expect(parseProcess(JSON.parse(JSON.stringify(found.document))).ok).toBe(true);
    expect(tokenReplay(found.document, log).fitness).toBeGreaterThan(0.95);
  });

  it('keeps the road-traffic fines as work: the log names an officer on Create Fine only', async () => {
    const { log } = await readXesLog(stream('roadtraffic100traces.xes'));
    const found = discoverProcess(log, { noise: 0 });
    // A quarter of the events name someone: the others are work recorded without a name, not
    // waits (unstaffedWaits), and the replay judges every one of them.
    expect(found.document.steps.filter((s) => s.type === 'timer')).toEqual([]);
    const r = tokenReplay(found.document, log);
    expect(r.fitness).toBe(1);
    expect(r.precision).toBeLessThan(1);
  });
});
