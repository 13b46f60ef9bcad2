import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram, calledCommand, VERSION } from './program';

const argv = (...args: string[]) => ['node', 'flowsmith', ...args];

describe('buildProgram', () => {
  it('says the version of the package', () => {
    const manifest = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'),
    ) as { version: string };
    expect(VERSION).toBe(manifest.version);
  });

  it('registers only the command called, none for --version, all for help', async () => {
    const names = async (...args: string[]) =>
      (await buildProgram(argv(...args))).commands.map((c) => c.name());
    expect(await names('validate', 'x.flow.json')).toEqual(['validate']);
    expect(await names('--version')).toEqual([]);
    expect((await names('--help')).length).toBeGreaterThan(10);
    expect(await names('nosuch')).toEqual(await names());
  });

  it('finds the command called: the first word that is not an option, if it is a command', () => {
    expect(calledCommand(argv('analyze', '--json', 'a.flow.json'))).toBe('analyze');
    expect(calledCommand(argv('nosuch'))).toBeUndefined();
    expect(calledCommand(argv())).toBeUndefined();
  });
});
