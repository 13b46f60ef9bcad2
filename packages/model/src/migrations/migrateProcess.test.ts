import { describe, expect, it } from 'vitest';
import { parseProcess } from '../parse/parseProcess';
import { minimalDocument } from '../parse/parseFixtures';
import type { Migration } from './migration';
import { migrateProcess } from './migrateProcess';

describe('migrateProcess', () => {
  it('passes a version-1 document through unchanged', () => {
    const doc = minimalDocument();
    expect(migrateProcess(doc)).toEqual({ document: doc, fromVersion: 1, problems: [] });
  });

  it('refuses a document from a newer Flowsmith', () => {
    const result = migrateProcess({ ...minimalDocument(), version: 3 });
    expect(result.document).toBeUndefined();
    expect(result.problems).toEqual([
      {
        path: 'version',
        code: 'version.newer',
        message:
          'written by a newer Flowsmith; version 3, this one reads up to 1. Update Flowsmith to open it',
      },
    ]);
  });

  it('says so in Chinese', () => {
    const result = migrateProcess({ ...minimalDocument(), version: 2 }, { lang: 'zh-CN' });
    expect(result.problems[0]!.message).toContain('版本 2，当前版本最多读取 1');
  });

  it.each([
    [undefined, '', 'version.missing', '"version" is missing; add "version": 1'],
    ['1', 'version', 'version.invalid', '"version" must be a whole number from 1 on, not "1"'],
    [0, 'version', 'version.invalid', '"version" must be a whole number from 1 on, not 0'],
    [1.5, 'version', 'version.invalid', '"version" must be a whole number from 1 on, not 1.5'],
  ])('version %j is a problem, and the rest is still read', (version, path, code, message) => {
    const doc: Record<string, unknown> = { ...minimalDocument(), version, name: 7 };
    if (version === undefined) delete doc.version;
    expect(migrateProcess(doc).problems).toEqual([{ path, code, message }]);
    const parsed = parseProcess(doc);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.path)).toEqual([path, 'name']);
  });

  it('runs a chain of migrations in order without changing the input', () => {
    const chain: Migration[] = [
      { from: 2, migrate: (d) => ({ ...d, trail: [...(d.trail as string[]), '2→3'] }) },
      { from: 1, migrate: (d) => ({ ...d, trail: ['1→2'] }) },
    ];
    const input = { version: 1 };
    const result = migrateProcess(input, { migrations: chain, latestVersion: 3 });
    expect(result.document).toEqual({ version: 3, trail: ['1→2', '2→3'] });
    expect(input).toEqual({ version: 1 });
  });
});
