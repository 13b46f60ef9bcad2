import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** A temporary folder that lives for the tests of one file or `describe` block. */
export interface TempDir {
  /** The folder's path; read it inside tests and hooks, once `beforeAll` has run. */
  readonly path: string;
  /** The path of `name` inside the folder. */
  file(name: string): string;
}

/**
 * Makes a fresh folder `flowsmith-<name>-XXXXXX` under the OS temp folder before the tests of the
 * enclosing file or `describe` block, and deletes it with everything in it afterwards.
 *
 * Call it before the `beforeAll` that writes the fixtures: hooks run in the order they are
 * registered, so the folder exists by then.
 */
export function tempDir(name: string): TempDir {
  let path: string | undefined;
  const dir: TempDir = {
    get path() {
      if (path === undefined) throw new Error('tempDir: the folder exists only once beforeAll ran');
      return path;
    },
    file: (file) => join(dir.path, file),
  };
  beforeAll(async () => {
    path = await mkdtemp(join(tmpdir(), `flowsmith-${name}-`));
  });
  afterAll(() => (path === undefined ? undefined : rm(path, { recursive: true, force: true })));
  return dir;
}

/**
 * Runs `body` with a fresh temporary folder and deletes the folder afterwards, even when `body`
 * throws: for the one test that needs a folder of its own.
 */
export async function withTempDir<T>(name: string, body: (path: string) => Promise<T>): Promise<T> {
  const path = await mkdtemp(join(tmpdir(), `flowsmith-${name}-`));
  try {
    return await body(path);
  } finally {
    await rm(path, { recursive: true, force: true });
  }
}
