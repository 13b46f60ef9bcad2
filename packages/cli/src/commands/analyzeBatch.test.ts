/** Issue 17 item 3: `analyze` takes many files and folders in one process, with `--out-dir`. */
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFile } from '../testing/exampleFile';
import { jsonResult } from '../testing/jsonResult';
import { runCapture } from '../testing/runCapture';
import { tempDir } from '../testing/tempDir';

const dir = tempDir('analyze-batch');
const examples = dirname(exampleFile('purchase-approval-as-is'));

describe('flowsmith analyze, many files', () => {
  it('analyses a folder in one call, one entry per process file', async () => {
    const r = await runCapture('analyze', examples, '--json');
    const names = (await readdir(examples)).filter((f) => f.endsWith('.flow.json')).sort();
    const files = jsonResult<{
      files: Array<{ file: string; errors: number; findings: unknown[] }>;
    }>(r).files;
    expect(files.map((f) => f.file)).toEqual(names.map((n) => join(examples, n)));
    expect(files.every((f) => Array.isArray(f.findings))).toBe(true);
    expect(r.code).toBe(files.some((f) => f.errors > 0) ? 1 : 0);
    const text = await runCapture('analyze', examples, '--lang', 'en');
    expect(text.stdout.match(/^==> .+ <==$/gm)).toHaveLength(names.length);
  });

  it('writes each report into --out-dir, as text or as JSON', async () => {
    const asIs = exampleFile('purchase-approval-as-is');
    const toBe = exampleFile('purchase-approval-to-be');
    const text = await runCapture(
      'analyze',
      asIs,
      toBe,
      '--out-dir',
      dir.file('txt'),
      '--lang',
      'en',
    );
    expect(text.stdout.trim().split('\n')).toHaveLength(2);
    expect(
      await readFile(join(dir.file('txt'), 'purchase-approval-as-is.analysis.txt'), 'utf8'),
    ).toMatch(/cycle time/i);
    const json = await runCapture('analyze', asIs, toBe, '--out-dir', dir.file('json'), '--json');
    const files = jsonResult<{ files: Array<{ output: string }> }>(json).files;
    expect(files.map((f) => f.output)).toEqual([
      join(dir.file('json'), 'purchase-approval-as-is.analysis.json'),
      join(dir.file('json'), 'purchase-approval-to-be.analysis.json'),
    ]);
    const written = JSON.parse(await readFile(files[0]!.output, 'utf8')) as {
      file: string;
      metrics: unknown;
    };
    expect(written.file).toBe(asIs);
    expect(written.metrics).toBeTruthy();
  });
});
