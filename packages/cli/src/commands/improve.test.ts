import { readFile, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { gallery, parseProcessJson } from '@flowsmith/model';
import { runCapture } from '../testing/runCapture';
import { jsonResult } from '../testing/jsonResult';
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
    const json = jsonResult<{
      changes: Array<{ suggestion: { commands: unknown[] }; effect: { cycleTimeMean: number } }>;
    }>({ code, stdout, stderr: '' });
    expect(json.changes[0]!.suggestion.commands.length).toBeGreaterThan(0);
    expect(json.changes[0]!.effect.cycleTimeMean).toBeLessThan(0);
  });

  it('exits 2 when the input cannot be read', async () => {
    expect(
      (await runCapture('improve', file('nope.flow.json'), '-o', file('x.flow.json'))).code,
    ).toBe(2);
  });
});

describe('flowsmith improve beside other processes', () => {
  const { file: inDir } = tempDir('improve-ids');
  beforeAll(async () => {
    await writeFile(inDir('as-is.flow.json'), JSON.stringify(gallery.doubleApproval));
    const shipped = { ...gallery.doubleApproval, id: 'doubleApproval-to-be' };
    await writeFile(inDir('shipped.flow.json'), JSON.stringify(shipped));
    await writeFile(inDir('broken.flow.json'), '{ not json');
  });
  const idOf = async (name: string) =>
    (JSON.parse(await readFile(inDir(name), 'utf8')) as { id: string }).id;

  it('gives the to-be an id no .flow.json beside the output has, and keeps it when rewriting its own file', async () => {
    const args = ['improve', inDir('as-is.flow.json'), '-o', inDir('to-be.flow.json')];
    expect((await runCapture(...args)).code).toBe(0);
    expect(await idOf('to-be.flow.json')).toBe('doubleApproval-to-be-2');
    expect((await runCapture(...args)).code).toBe(0);
    expect(await idOf('to-be.flow.json')).toBe('doubleApproval-to-be-2');
  });

  it('prints what a removal leaves to check', async () => {
    const doc = {
      ...gallery.doubleApproval,
      steps: gallery.doubleApproval.steps.map((s) =>
        s.id === 'pay'
          ? { ...s, instructions: 'Pay once approve2 has signed. Keep the receipt.' }
          : s,
      ),
    };
    await writeFile(inDir('noted.flow.json'), JSON.stringify(doc));
    const { stdout } = await runCapture(
      'improve',
      inDir('noted.flow.json'),
      '-o',
      inDir('to-be3.flow.json'),
      '--lang',
      'en',
    );
    expect(stdout).toContain(
      'check: "pay" mentioned the removed "approve2"; taken out: Pay once approve2 has signed',
    );
    const toBe = JSON.parse(await readFile(inDir('to-be3.flow.json'), 'utf8')) as {
      steps: Array<{ id: string; instructions?: string }>;
    };
    expect(toBe.steps.find((s) => s.id === 'pay')!.instructions).toBe('Keep the receipt.');
  });
});
