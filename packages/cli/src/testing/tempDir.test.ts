import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, withTempDir } from './tempDir';

let seen = '';

describe('tempDir', () => {
  const dir = tempDir('tempdir-test');

  it('is a fresh folder under the OS temp folder, with files inside it', async () => {
    seen = dir.path;
    expect(dir.path.startsWith(join(tmpdir(), 'flowsmith-tempdir-test-'))).toBe(true);
    expect(dir.file('a.json')).toBe(join(dir.path, 'a.json'));
    await writeFile(dir.file('a.json'), '{}');
    expect(await readFile(dir.file('a.json'), 'utf8')).toBe('{}');
  });
});

describe('tempDir afterwards', () => {
  it('deleted the folder and its files after the block', () => {
    expect(seen).not.toBe('');
    expect(existsSync(seen)).toBe(false);
  });
});

describe('withTempDir', () => {
  it('deletes the folder even when the body throws', async () => {
    let path = '';
    await expect(
      withTempDir('tempdir-test', async (p) => {
        path = p;
        await writeFile(join(p, 'x'), 'x');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(path).not.toBe('');
    expect(existsSync(path)).toBe(false);
  });
});
