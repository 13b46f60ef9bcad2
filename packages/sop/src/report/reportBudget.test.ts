/**
 * `report` ran out of memory (4 GB, over 3 minutes) on an as-is / to-be pair whose to-be removes
 * 8 of 20 steps including a rework loop's: the as-is' typical case waited without end (an
 * overloaded role), and the timeline's tick loop never ended. These build reports in a child
 * process with a 160 MB heap, so a regression fails (the child dies) instead of taking the test
 * run down, and count what each report builds against a budget linear in the processes' size.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTimeline } from './renderTimeline';

const root = join(import.meta.dirname, '../../../..');
const runner = join(import.meta.dirname, 'testing/reportBudgetRun.ts');

/** The export condition that gives the workspace the packages' source, if there is one. */
function sourceConditions(): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'packages/model/package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  const main = pkg.exports['.'];
  if (typeof main !== 'object' || main === null) return [];
  const key = Object.entries(main).find(([, v]) => typeof v === 'string' && v.endsWith('.ts'));
  return key && key[0] !== 'default' ? [`--conditions=${key[0]}`] : [];
}

function run(...args: string[]): { reports: number; worst: number } {
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=160', ...sourceConditions(), '--import', 'tsx', runner, ...args],
    { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NODE_OPTIONS: '' } },
  );
  expect(r.stderr.split('\n').slice(-12).join('\n'), `exit ${r.status} ${r.signal}`).not.toMatch(
    /heap out of memory|Error/,
  );
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { reports: number; worst: number };
}

describe('report size is bounded', () => {
  it('builds the report of the rework-loop pair (overloaded as-is) within the budget', () => {
    expect(run('regression').reports).toBe(2);
  }, 130_000);

  it('builds the report of generated as-is processes and their improved to-be within the budget', () => {
    const r = run('property', '25');
    expect(r.reports).toBe(50);
    expect(r.worst).toBeLessThanOrEqual(1);
  }, 130_000);

  it('draws an unbounded timeline on a finite axis with at most nine ticks', () => {
    const bar = { step: 'a', name: 'A', role: 'r', start: 0, workStart: 10, critical: true };
    const chart = renderTimeline(
      [
        {
          title: 'x',
          timeline: { bars: [{ ...bar, end: Infinity }], roles: ['r'], end: Infinity },
        },
        {
          title: 'y',
          timeline: {
            bars: [
              { ...bar, end: 40 },
              { ...bar, step: 'b', name: 'B', start: Infinity, workStart: Infinity, end: Infinity },
            ],
            roles: ['r'],
            end: Infinity,
          },
        },
      ],
      String,
      'en',
    );
    expect(chart.svg).toContain('A ∞');
    expect(chart.svg).not.toContain('>B');
    expect(chart.svg).not.toMatch(/NaN|Infinity/);
    expect(chart.svg.match(/text-anchor="middle"/g)!.length).toBeLessThanOrEqual(9);
  });
});
