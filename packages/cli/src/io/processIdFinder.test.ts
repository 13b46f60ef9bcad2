import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProcessIdFinder, readTopLevelId } from './processIdFinder';

describe('ProcessIdFinder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'flowsmith-ids-'));
  for (const name of ['a', 'b', 'c', 'd'])
    writeFileSync(join(folder, `${name}.flow.json`), JSON.stringify({ id: `proc-${name}` }));
  const given = join(folder, 'a.flow.json');

  it('reads nothing until an id is asked for, and stops once every id asked for is found', async () => {
    const read: string[] = [];
    const finder = new ProcessIdFinder([given], (f) => (read.push(f), readTopLevelId(f)));
    expect(read).toEqual([]);
    expect(await finder.find([])).toEqual(new Set());
    expect(read).toEqual([]);
    const known = await finder.find(['proc-b']);
    expect(known.has('proc-b')).toBe(true);
    // the file given, then siblings in name order until proc-b: never c or d
    expect(read.map((f) => f.slice(folder.length + 1))).toEqual(['a.flow.json', 'b.flow.json']);
  });

  it('reads each file once and reports an id no file has as not found', async () => {
    const read: string[] = [];
    const finder = new ProcessIdFinder([given], (f) => (read.push(f), readTopLevelId(f)));
    expect((await finder.find(['nowhere'])).has('nowhere')).toBe(false);
    expect(read).toHaveLength(4);
    await finder.find(['proc-c', 'nowhere']);
    expect(read).toHaveLength(4);
  });
});
