import { lstat, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CliError } from '../CliError';
import { tempDir } from '../testing/tempDir';
import { temporaryNameBeside, writeFileAtomically } from './writeFileAtomically';

/** When set, the random bytes of the next temporary names: lets a test plant a link at one. */
const fixedRandom = vi.hoisted(() => ({ bytes: undefined as Buffer | undefined }));
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return {
    ...actual,
    randomBytes: (size: number) => fixedRandom.bytes ?? actual.randomBytes(size),
  };
});

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

  it('never follows a link planted at the old predictable temporary name', async () => {
    await writeFile(dir.file('victim.txt'), 'precious');
    await symlink(dir.file('victim.txt'), dir.file(`out.txt.${process.pid}.tmp`));
    await writeFileAtomically(dir.file('out.txt'), 'result', 'en');
    expect(await readFile(dir.file('victim.txt'), 'utf8')).toBe('precious');
    expect(await readFile(dir.file('out.txt'), 'utf8')).toBe('result');
  });

  it('names temporaries unpredictably, hidden beside the target', () => {
    const names = new Set(Array.from({ length: 50 }, () => temporaryNameBeside(dir.file('x.pdf'))));
    expect(names.size).toBe(50);
    for (const name of names) expect(basename(name)).toMatch(/^\.x\.pdf\.[0-9a-f]{16}\.tmp$/);
  });

  it('fails cleanly, without writing through it, when a link sits at the chosen name', async () => {
    await writeFile(dir.file('victim2.txt'), 'precious');
    fixedRandom.bytes = Buffer.alloc(8, 7);
    try {
      const planted = temporaryNameBeside(dir.file('out2.txt'));
      await symlink(dir.file('victim2.txt'), planted);
      const error = await writeFileAtomically(dir.file('out2.txt'), 'evil', 'en').catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).message).toContain('EEXIST');
      expect(await readFile(dir.file('victim2.txt'), 'utf8')).toBe('precious');
      expect((await lstat(planted)).isSymbolicLink()).toBe(true);
      await expect(lstat(dir.file('out2.txt'))).rejects.toThrow();
    } finally {
      fixedRandom.bytes = undefined;
    }
  });

  it('fails cleanly when a dangling link sits at the chosen name (no file created through it)', async () => {
    fixedRandom.bytes = Buffer.alloc(8, 9);
    try {
      const planted = temporaryNameBeside(dir.file('out3.txt'));
      await symlink(dir.file('created-through-link.txt'), planted);
      await expect(writeFileAtomically(dir.file('out3.txt'), 'evil', 'en')).rejects.toThrow(
        CliError,
      );
      await expect(lstat(dir.file('created-through-link.txt'))).rejects.toThrow();
    } finally {
      fixedRandom.bytes = undefined;
    }
  });
});
