import { writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import { runCapture } from '../testing/runCapture';
import { tempDir } from '../testing/tempDir';

const { file } = tempDir('simulate-ranges');
const role = gallery.mm1.roles[0]!.id;

beforeAll(async () => {
  await writeFile(file('mm1.flow.json'), JSON.stringify(gallery.mm1));
  await writeFile(
    file('wrap.json'),
    JSON.stringify({ overrides: { capacity: { [role]: 4_294_967_296 } } }),
  );
  await writeFile(file('bins.json'), JSON.stringify({ bins: 1e9 }));
  const huge = { ...gallery.mm1, roles: gallery.mm1.roles.map((r) => ({ ...r, capacity: 1e9 })) };
  await writeFile(file('huge.flow.json'), JSON.stringify(huge));
});

const quick = ['--cases', '200', '--replications', '1', '--workers', '1'];

// Issue 14: a wrapped capacity printed "0 measured cases" with exit 0; bins 1e9 threw a raw
// RangeError; capacity 1e9 hung analyze/simulate for minutes.
describe('flowsmith simulate: inputs out of range', () => {
  it('refuses a capacity override of 4,294,967,296 with a sentence and exit 1', async () => {
    const r = await runCapture(
      'simulate',
      file('mm1.flow.json'),
      ...quick,
      '--scenario',
      file('wrap.json'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `overrides.capacity.${role}: must be a whole number from 1 to 10,000`,
    );
    expect(r.stdout).toBe('');
  });

  it('refuses "bins": 1e9 with a sentence, not a RangeError', async () => {
    const r = await runCapture(
      'simulate',
      file('mm1.flow.json'),
      ...quick,
      '--scenario',
      file('bins.json'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bins: must be a whole number from 1 to 10,000');
    expect(r.stderr).not.toContain('RangeError');
  });

  it(
    'refuses a document with a capacity of 1e9 at once in every command',
    { timeout: 20_000 },
    async () => {
      for (const command of ['validate', 'analyze', 'simulate']) {
        const r = await runCapture(
          command,
          file('huge.flow.json'),
          ...(command === 'simulate' ? quick : []),
        );
        expect(r.code, command).not.toBe(0);
        expect(r.stdout + r.stderr, command).toContain(
          "a role's capacity is at most 10,000, not 1000000000",
        );
      }
    },
  );
});
