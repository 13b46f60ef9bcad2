import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/**
 * The process ids a subprocess step may name when the files `paths` are checked together: the ids
 * of those files and of every `.flow.json` file in their folders. Files that cannot be read or
 * parsed are skipped (they are reported on their own when given). Only the top-level `id` is read.
 */
export async function processIdsNear(paths: readonly string[]): Promise<Set<string>> {
  const files = new Set(paths.map((p) => resolve(p)));
  for (const folder of new Set(paths.map((p) => dirname(resolve(p))))) {
    const entries = await readdir(folder).catch(() => [] as string[]);
    for (const entry of entries) {
      if (entry.toLowerCase().endsWith('.flow.json')) files.add(join(folder, entry));
    }
  }
  const ids = new Set<string>();
  await Promise.all(
    [...files].map(async (file) => {
      const id = await readTopLevelId(file);
      if (id !== undefined) ids.add(id);
    }),
  );
  return ids;
}

async function readTopLevelId(file: string): Promise<string | undefined> {
  try {
    const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'id'))
      return undefined;
    const id = (value as { id: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
