import { readFile, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { gallery, parseProcessJson } from '@flowsmith/model';
import { runCapture } from '../testing/runCapture';
import { tempDir } from '../testing/tempDir';

const { file } = tempDir('improve');

beforeAll(async () => {
  await writeFile(file('double.flow.json'), JSON.stringify(gallery.doubleApproval));
});

describe('flowsmith improve', () => {
  it('writes a valid to-be and prints each change with its predicted effect', async () => {
    const { code, stdout } = await runCapture(
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
    const { code, stdout } = await runCapture(
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
    expect(
      (await runCapture('improve', file('nope.flow.json'), '-o', file('x.flow.json'))).code,
    ).toBe(2);
  });
});
