import { writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { gallery } from '@flowsmith/model';
import { runCapture } from '../testing/runCapture';
import { tempDir } from '../testing/tempDir';

// Every read of a file by the CLI, to see which siblings `validate` opens.
const reads = vi.hoisted(() => [] as string[]);
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = (async (path: Parameters<typeof fs.readFile>[0], ...rest: unknown[]) => {
    reads.push(String(path));
    return (fs.readFile as (...a: unknown[]) => Promise<unknown>)(path, ...rest);
  }) as typeof fs.readFile;
  return { ...fs, default: { ...fs, readFile }, readFile };
});

const { file } = tempDir('validate-lazy');
const named = (f: string) => f.replace(/^.*[\\/]/, '');

beforeAll(async () => {
  await writeFile(file('small.flow.json'), JSON.stringify(gallery.mm1));
  await writeFile(file('a-parent.flow.json'), JSON.stringify(gallery.withSubprocess));
  await writeFile(file('child.flow.json'), JSON.stringify(gallery.sequence3));
  // big siblings that nobody refers to
  const big = { ...gallery.mm1, description: 'x'.repeat(2_000_000) };
  for (const n of [1, 2, 3])
    await writeFile(file(`zbig${n}.flow.json`), JSON.stringify({ ...big, id: `big-${n}` }));
});

// Issue 14: validating one small file opened every .flow.json beside it (75 MB, 21 s).
describe('flowsmith validate reads siblings lazily', () => {
  it('never opens a sibling for a file without subprocesses', async () => {
    reads.length = 0;
    const r = await runCapture('validate', file('small.flow.json'));
    expect(r.code).toBe(0);
    expect(reads.map(named)).toEqual(['small.flow.json']);
  });

  it('reads siblings one at a time until the subprocess named is found', async () => {
    reads.length = 0;
    const r = await runCapture('validate', file('a-parent.flow.json'));
    expect(r.code).toBe(0);
    // a-parent (parsed twice: once to learn the ids it names, once against them), then the
    // siblings in name order up to child.flow.json: zbig1…zbig3 come after it and are never read
    expect(reads.map(named)).toEqual([
      'a-parent.flow.json',
      'a-parent.flow.json',
      'child.flow.json',
      'a-parent.flow.json',
    ]);
  });

  it('still reports a subprocess whose process is nowhere', async () => {
    await writeFile(
      file('orphan.flow.json'),
      JSON.stringify({
        ...gallery.withSubprocess,
        id: 'orphan',
        steps: gallery.withSubprocess.steps.map((s) =>
          s.type === 'subprocess' ? { ...s, process: 'nowhere' } : s,
        ),
      }),
    );
    const r = await runCapture('validate', file('orphan.flow.json'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('nowhere');
  });
});
