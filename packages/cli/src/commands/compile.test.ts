import { readFile, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import { runCapture } from '../testing/runCapture';
import { tempDir } from '../testing/tempDir';

const { file } = tempDir('compile');

/** `flowsmith compile` on the process file `<name>.flow.json` of the temp folder, plus `flags`. */
const compile = (name: string, ...flags: string[]) =>
  runCapture('compile', file(`${name}.flow.json`), ...flags);

beforeAll(async () => {
  for (const name of [
    'xorSplitJoin',
    'lackOfSync',
    'withSubprocess',
    'sequence3',
    'deadlockAfterXor',
    'timerWait',
  ] as const) {
    await writeFile(file(`${name}.flow.json`), JSON.stringify(gallery[name]));
  }
});

describe('flowsmith compile', () => {
  it('writes a TypeScript module that imports only xstate and the compiler runtime, and exports the machine', async () => {
    const r = await compile('xorSplitJoin', '-o', file('x.machine.ts'), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `${file('xorSplitJoin.flow.json')} → ${file('x.machine.ts')} (xstate-ts)\n`,
    );
    const source = await readFile(file('x.machine.ts'), 'utf8');
    expect(source.match(/^import .* from '([^']+)';$/gm)).toEqual([
      "import { assign, forwardTo, setup, type AnyActorLogic } from 'xstate';",
      "import * as runtime from '@flowsmith/compiler/runtime';",
      "import type { FlowRule, HistoryEntry, TaskInput, TaskOutput } from '@flowsmith/compiler/runtime';",
    ]);
    expect(source).toContain('export const machine = ');
    expect(source).toContain('export default machine;');
  });

  it('writes the JSON config with --target xstate-json, timers scaled by --time-scale', async () => {
    const args = [
      '--target',
      'xstate-json',
      '--time-scale',
      String(1 / 60_000),
      '-o',
      file('t.json'),
    ];
    const r = await compile('timerWait', ...args);
    expect(r.code).toBe(0);
    const config = JSON.parse(await readFile(file('t.json'), 'utf8'));
    expect(config.initial).toBe('start');
    expect(Object.keys(config.states)).toEqual(['start', 'a', 'wait', 'b', 'end']);
    expect(config.states.wait.after).toEqual({ '60': [expect.objectContaining({ target: 'b' })] });
  });

  it('compiles subprocesses from the files beside FILE', async () => {
    const r = await compile('withSubprocess', '--target', 'xstate-json', '-o', file('w.json'));
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(await readFile(file('w.json'), 'utf8')).children)).toEqual([
      'process:sequence3',
    ]);
  });

  it('refuses a process with structural errors, naming each finding (exit 1), and writes nothing', async () => {
    const r = await compile('lackOfSync', '-o', file('l.ts'), '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not compiled: the process has \d+ structural errors?/);
    expect(r.stderr).toMatch(/✗ lack-of-sync \[[^\]]*merge[^\]]*\]/);
    await expect(readFile(file('l.ts'))).rejects.toThrow();
  });

  it('speaks Chinese', async () => {
    const r = await compile('deadlockAfterXor', '-o', file('d.ts'), '--lang', 'zh-CN');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('未编译');
    expect(r.stderr).toContain('deadlock');
  });

  it('CM-WARN prints a warning when a default branch skips an approval, and still writes the machine', async () => {
    const doc = {
      ...gallery.xorSplitJoin,
      flows: gallery.xorSplitJoin.flows.map((f) =>
        f.id === 'split-small' ? { ...f, default: true } : f,
      ),
    };
    await writeFile(file('defaulted.flow.json'), JSON.stringify(doc));
    const r = await compile('defaulted', '-o', file('d.machine.ts'), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '  ! default-skips-control [split, split-small, large]: the default flow split-small of decision "split" skips "large" (an approval reached only under a condition)',
    );
    expect(await readFile(file('d.machine.ts'), 'utf8')).toContain('export const machine = ');
  });

  it('exits 2 for a missing file, an unknown target or a bad --time-scale', async () => {
    expect((await compile('nope', '-o', file('n.ts'))).code).toBe(2);
    expect((await compile('sequence3', '--target', 'scxml', '-o', file('n.ts'))).code).toBe(2);
    const bad = await compile(
      'sequence3',
      '--time-scale',
      '-1',
      '-o',
      file('n.ts'),
      '--lang',
      'en',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--time-scale must be a number of at least 0, not "-1"');
  });
});
