/**
 * Issue 17 item 3: `--json` prints one report of the same shape for every command, also when the
 * call fails before the command produced anything (a missing file, an unknown command or option).
 */
import { describe, expect, it } from 'vitest';
import { exampleFile } from '../testing/exampleFile';
import { jsonReport } from '../testing/jsonResult';
import { runCapture } from '../testing/runCapture';
import { buildProgram } from '../program';
import { wantsJson } from './jsonReport';

const KEYS = ['schemaVersion', 'command', 'ok', 'exitCode', 'result', 'error'];

describe('the --json report', () => {
  it('carries a missing file as an error with its code (analyze used to print nothing)', async () => {
    const r = await runCapture('analyze', 'no/such.flow.json', '--json', '--lang', 'en');
    expect(r.code).toBe(2);
    const report = jsonReport(r);
    expect(Object.keys(report)).toEqual(KEYS);
    expect(report).toMatchObject({ command: 'analyze', ok: false, exitCode: 2 });
    expect(report.error).toEqual({
      code: 'file.unreadable',
      message: expect.stringContaining('no such file'),
    });
    expect(r.stderr).toContain('no such file');
  });

  it('carries an unknown command and an unknown option as errors of the call', async () => {
    const unknown = jsonReport(await runCapture('nosuch', '--json'));
    expect(unknown).toMatchObject({ command: null, ok: false, exitCode: 2, result: null });
    expect(unknown.error!.code).toBe('commander.unknownCommand');
    const option = jsonReport(await runCapture('validate', '--nope', '--json'));
    expect(option).toMatchObject({ command: 'validate', exitCode: 2 });
    expect(option.error!.code).toBe('commander.unknownOption');
  });

  it('gives the result and the reason of a non-zero exit together', async () => {
    const ok = jsonReport(
      await runCapture('validate', exampleFile('purchase-approval-as-is'), '--json'),
    );
    expect(ok).toMatchObject({ command: 'validate', ok: true, exitCode: 0, error: null });
    expect(ok.result).toEqual({ files: [expect.objectContaining({ valid: true, problems: [] })] });
    const mixed = jsonReport(
      await runCapture(
        'validate',
        exampleFile('purchase-approval-as-is'),
        'missing.flow.json',
        '--json',
      ),
    );
    expect(mixed).toMatchObject({ ok: false, exitCode: 2, error: { code: 'validate.failed' } });
    expect((mixed.result as { files: unknown[] }).files).toHaveLength(2);
  });

  it('is one report for every command with --json, also when its file is missing', async () => {
    const program = await buildProgram();
    const withJson = program.commands.filter((c) => c.options.some((o) => o.long === '--json'));
    expect(withJson.length).toBeGreaterThan(8);
    for (const command of withJson) {
      const files = command.registeredArguments.map((_, i) => `no/such/file-${i}.flow.json`);
      const r = await runCapture(command.name(), ...files, '--json');
      const report = jsonReport(r);
      expect(report, command.name()).toMatchObject({ command: command.name(), ok: false });
      expect(report.exitCode, command.name()).toBe(r.code);
      expect(report.error, command.name()).not.toBeNull();
    }
  });

  it('is asked for by --json before any --', () => {
    expect(wantsJson(['node', 'flowsmith', 'analyze', 'x', '--json'])).toBe(true);
    expect(wantsJson(['node', 'flowsmith', 'analyze', '--', '--json'])).toBe(false);
    expect(wantsJson(['node', 'flowsmith', 'analyze', 'x'])).toBe(false);
  });
});
