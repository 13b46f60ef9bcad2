import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { gallery, parseProcessJson } from '@flowsmith/model';
import { runCli } from '../runCli';

let dir: string;
const file = (name: string) => join(dir, name);

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await runCli(['node', 'flowsmith', ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flowsmith-improve-'));
  await writeFile(file('double.flow.json'), JSON.stringify(gallery.doubleApproval));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('flowsmith improve', () => {
  it('writes a valid to-be and prints each change with its predicted effect', async () => {
    const { code, stdout } = await run(
      'improve',
      file('double.flow.json'),
      '-o',
      file('to-be.flow.json'),
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/1\. Drop the second approval “approve2”/);
    expect(stdout).toMatch(/predicted: Mean cycle time −/);
    const parsed = parseProcessJson(await readFile(file('to-be.flow.json'), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.document.id).toBe('doubleApproval-to-be');
      expect(parsed.document.derivedFrom).toBe('doubleApproval');
    }
  });

  it('prints the changes as JSON on request', async () => {
    const { code, stdout } = await run(
      'improve',
      file('double.flow.json'),
      '-o',
      file('to-be2.flow.json'),
      '--json',
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      changes: Array<{ suggestion: { commands: unknown[] }; effect: { cycleTimeMean: number } }>;
    };
    expect(json.changes[0]!.suggestion.commands.length).toBeGreaterThan(0);
    expect(json.changes[0]!.effect.cycleTimeMean).toBeLessThan(0);
  });

  it('exits 2 when the input cannot be read', async () => {
    expect((await run('improve', file('nope.flow.json'), '-o', file('x.flow.json'))).code).toBe(2);
  });
});
