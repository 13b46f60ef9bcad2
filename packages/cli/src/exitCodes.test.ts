/**
 * Exit codes follow docs/cli.md for every command (issue 14 item 11): a wrong option value, an
 * unknown option or a missing argument is a wrong call, exit 2 with a sentence on stderr and no
 * stack trace; a missing file is 2; an invalid document is 1.
 */
import { writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleFile } from './testing/exampleFile';
import { runCapture } from './testing/runCapture';
import { tempDir } from './testing/tempDir';

const dir = tempDir('exit-codes');
const ex = exampleFile('purchase-approval-as-is');
const toBe = exampleFile('purchase-approval-to-be');

beforeAll(async () => {
  await writeFile(dir.file('invalid.flow.json'), '{ "id": "x", "steps": [] }');
});

/** Every command, called correctly apart from what each row adds. */
const commands: Record<string, () => string[]> = {
  validate: () => ['validate', ex],
  convert: () => ['convert', ex, '-o', dir.file('c.flow.json')],
  analyze: () => ['analyze', ex],
  improve: () => ['improve', ex, '-o', dir.file('i.flow.json')],
  simulate: () => ['simulate', ex, '--cases', '50', '--replications', '2', '--workers', '1'],
  compare: () => ['compare', ex, toBe, '--cases', '50', '--replications', '2', '--workers', '1'],
  compile: () => ['compile', ex, '-o', dir.file('m.ts')],
  run: () => ['run', ex, '--events', dir.file('none.json')],
  sop: () => ['sop', ex],
  jobs: () => ['jobs', ex],
  diff: () => ['diff', ex, toBe],
  report: () => ['report', ex, toBe, '-o', dir.file('r.html')],
};

type Row = [string, string[], 0 | 1 | 2];
const rows: Row[] = [
  ...Object.keys(commands).flatMap((name): Row[] => [
    [name, ['--no-such-option'], 2],
    [name, ['--lang', 'fr'], 2],
    [name, ['--lang'], 2],
  ]),
  ['simulate', ['--cases', 'abc'], 2],
  ['simulate', ['--cases', '1.5'], 2],
  ['simulate', ['--replications', '0'], 2],
  ['simulate', ['--seed', 'x'], 2],
  ['simulate', ['--warmup', '-5'], 2],
  ['simulate', ['--horizon', 'soon'], 2],
  ['simulate', ['--workers', '0'], 2],
  ['simulate', ['--workers', 'many'], 2],
  ['simulate', ['--log', 'events.txt'], 2],
  ['compare', ['--cases', 'abc'], 2],
  ['compare', ['--seed', '-1'], 2],
  ['compare', ['--workers', '1e3'], 2],
  ['compile', ['--time-scale', 'abc'], 2],
  ['compile', ['--time-scale', ''], 2],
  ['compile', ['--time-scale', '-1'], 2],
  ['compile', ['--target', 'yaml'], 2],
  ['sop', ['--format', 'txt'], 2],
  ['sop', ['--format', 'pdf'], 2],
  ['jobs', ['--format', 'rtf'], 2],
  ['jobs', ['--role', 'nobody'], 2],
  ['report', ['--format', 'docx'], 2],
  ['report', ['--simulate', '--case', 'abc'], 2],
  ['report', ['--simulate', '--case', '-1'], 2],
];

describe('exit codes of every command (docs/cli.md)', () => {
  it.each(rows)('%s %j exits %i with a sentence', async (name, extra, code) => {
    const r = await runCapture(...commands[name]!(), ...extra);
    expect(r.code).toBe(code);
    expect(r.stderr.trim().length).toBeGreaterThan(10);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  /** analyze, improve, simulate and compare keep 1 for findings: an invalid document is 2 there. */
  const invalidExit = (name: string): 1 | 2 =>
    ['analyze', 'improve', 'simulate', 'compare'].includes(name) ? 2 : 1;

  it.each(Object.keys(commands))(
    '%s: a missing argument or file is 2, an invalid document 1 (or 2, as documented)',
    async (name) => {
      const [, , ...rest] = commands[name]!();
      const missingArg = await runCapture(name);
      expect(missingArg.code).toBe(2);
      const missing = await runCapture(name, dir.file('missing.flow.json'), ...rest);
      expect(missing.code).toBe(2);
      expect(missing.stdout + missing.stderr).toContain('missing.flow.json');
      const invalid = await runCapture(name, dir.file('invalid.flow.json'), ...rest);
      expect(invalid.code).toBe(invalidExit(name));
      expect(invalid.stdout + invalid.stderr).toContain('invalid.flow.json');
      for (const r of [missingArg, missing, invalid]) expect(r.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('says in Chinese which option value is wrong', async () => {
    const r = await runCapture(...commands.simulate!(), '--workers', '0', '--lang', 'zh-CN');
    expect(r.stderr).toBe('flowsmith: --workers 必须是 1 到 256 之间的整数，而不是 "0"\n');
  });
});
