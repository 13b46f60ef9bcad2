import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** Reads the top-level `id` of a process file, or undefined when it has none or cannot be read. */
export type ReadProcessId = (file: string) => Promise<string | undefined>;

/**
 * Finds the files that hold the process ids subprocess steps name, lazily: nothing is read until
 * an id is asked for, the files given come first, then the `.flow.json` files beside them, one at
 * a time, and reading stops as soon as every id asked for is found (issue 14: validating one
 * small file once opened 75 MB of siblings at once). Files that cannot be read or parsed are
 * skipped (they are reported on their own when given).
 */
export class ProcessIdFinder {
  private readonly known = new Set<string>();
  private readonly given: string[];
  private queue: string[] | undefined;
  private readonly seen = new Set<string>();

  constructor(
    paths: readonly string[],
    private readonly readId: ReadProcessId = readTopLevelId,
  ) {
    this.given = [...new Set(paths.map((p) => resolve(p)))];
  }

  /** Reads candidates until every id of `ids` is known (or none is left); the ids known so far. */
  async find(ids: Iterable<string>): Promise<ReadonlySet<string>> {
    const missing = new Set([...ids].filter((id) => !this.known.has(id)));
    while (missing.size > 0) {
      const file = await this.nextFile();
      if (file === undefined) break;
      const id = await this.readId(file);
      if (id === undefined) continue;
      this.known.add(id);
      missing.delete(id);
    }
    return this.known;
  }

  private async nextFile(): Promise<string | undefined> {
    for (;;) {
      const file = this.given.find((f) => !this.seen.has(f)) ?? (await this.siblings()).shift();
      if (file === undefined) return undefined;
      if (this.seen.has(file)) continue;
      this.seen.add(file);
      return file;
    }
  }

  private async siblings(): Promise<string[]> {
    if (this.queue) return this.queue;
    this.queue = [];
    for (const folder of new Set(this.given.map((p) => dirname(p)))) {
      const entries = await readdir(folder).catch(() => [] as string[]);
      for (const entry of entries.sort())
        if (entry.toLowerCase().endsWith('.flow.json')) this.queue.push(join(folder, entry));
    }
    return this.queue;
  }
}

/** The top-level `id` of the JSON file `file`, or undefined. */
export async function readTopLevelId(file: string): Promise<string | undefined> {
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
