import { mkdir, readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CliError } from '../CliError';
import { tempDir } from '../testing/tempDir';
import { writeFileAtomically } from './writeFileAtomically';

describe('writeFileAtomically', () => {
  const dir = tempDir('atomic');

  it('writes text as UTF-8 and bytes as they are, leaving no temporary file', async () => {
    await writeFileAtomically(dir.file('a.md'), '# 采购 🚀\n', 'en');
    await writeFileAtomically(dir.file('b.bin'), new Uint8Array([0x50, 0x4b, 0]), 'en');
    expect(await readFile(dir.file('a.md'), 'utf8')).toBe('# 采购 🚀\n');
    expect([...(await readFile(dir.file('b.bin')))]).toEqual([0x50, 0x4b, 0]);
    expect((await readdir(dir.path)).sort()).toEqual(['a.md', 'b.bin']);
  });

  it('replaces an existing file', async () => {
    await writeFileAtomically(dir.file('c.txt'), 'old', 'en');
    await writeFileAtomically(dir.file('c.txt'), 'new', 'en');
    expect(await readFile(dir.file('c.txt'), 'utf8')).toBe('new');
  });

  it('throws a CliError (exit 2) naming the file and the reason, and cleans up', async () => {
    await mkdir(dir.file('taken'));
    const target = dir.file('taken');
    const error = await writeFileAtomically(target, 'x', 'en').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).toContain(target);
    expect((await readdir(dir.path)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
