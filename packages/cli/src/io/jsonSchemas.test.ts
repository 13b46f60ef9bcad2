/**
 * The `--json` reports match the schema files documented in docs/cli.md (docs/schemas/), for
 * results, batch failures and errors before any result.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleFile } from '../testing/exampleFile';
import { runCapture } from '../testing/runCapture';
import { tempDir } from '../testing/tempDir';

const schemas = join(import.meta.dirname, '../../../../docs/schemas');
const ajv = new Ajv2020({ allErrors: true });
for (const f of readdirSync(schemas).filter((n) => n.endsWith('.schema.json')))
  ajv.addSchema(JSON.parse(readFileSync(join(schemas, f), 'utf8')) as object);
const report = ajv.getSchema('cli-report.schema.json')!;
const dir = tempDir('json-schemas');
const asIs = exampleFile('purchase-approval-as-is');

/** The schema's complaints about what a run printed ([] when it matches). */
async function complaints(...args: string[]): Promise<string[]> {
  const r = await runCapture(...args, '--json');
  report(JSON.parse(r.stdout));
  return (report.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

beforeAll(() => expect(report).toBeTypeOf('function'));

describe('the --json schemas (docs/schemas)', () => {
  it('describe validate, convert and analyze results, failures included', async () => {
    expect(await complaints('validate', asIs, 'missing.flow.json')).toEqual([]);
    expect(await complaints('convert', asIs, 'missing.bpmn', '--out-dir', dir.path)).toEqual([]);
    expect(await complaints('analyze', asIs, 'missing.flow.json')).toEqual([]);
    expect(await complaints('analyze', asIs, '--out-dir', dir.file('a'))).toEqual([]);
  });

  it('describe errors before any result, and other commands', async () => {
    expect(await complaints('validate', '--nope')).toEqual([]);
    expect(await complaints('analyze', 'missing.flow.json')).toEqual([]);
    expect(await complaints('diff', asIs, exampleFile('purchase-approval-to-be'))).toEqual([]);
  });

  it('reject what does not match (the check can fail)', () => {
    expect(
      report({
        schemaVersion: 1,
        command: 'validate',
        ok: true,
        exitCode: 0,
        result: { files: [{}] },
        error: null,
      }),
    ).toBe(false);
    expect(
      report({ schemaVersion: 2, command: null, ok: true, exitCode: 0, result: null, error: null }),
    ).toBe(false);
  });
});
