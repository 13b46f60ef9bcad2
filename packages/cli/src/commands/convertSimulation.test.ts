import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCapture } from '../testing/runCapture';
import { jsonResult } from '../testing/jsonResult';
import { tempDir } from '../testing/tempDir';

const { file } = tempDir('convert-simulation');
const parity = (name: string) =>
  join(import.meta.dirname, '../../../../../shared/simulation-parity', name);

describe('flowsmith convert --simulation', () => {
  it('applies a Prosimos parameters file to a BPMN model: pools with people, durations, probabilities', async () => {
    const r = await runCapture(
      'convert',
      parity('Credit_Application_Simulation.bpmn'),
      '--simulation',
      parity('m3-credit.prosimos.json'),
      '-o',
      file('m3.flow.json'),
    );
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(await readFile(file('m3.flow.json'), 'utf8'));
    expect(doc.roles.map((role: { id: string }) => role.id)).toEqual([
      'clerk',
      'credit_officer_1',
      'credit_officer_2',
      'system',
    ]);
    expect(doc.roles[0].members).toEqual([{ id: 'Clerk_1' }, { id: 'Clerk_2' }]);
    // The file names no process: the process takes the file's name, not `sid-e138…`.
    expect(doc.name).toBe('Credit_Application_Simulation');
    const check = doc.steps.find((s: { id: string }) => s.id.startsWith('sid-4B24111F'));
    expect(check).toMatchObject({
      role: 'clerk',
      duration: { dist: 'lognormal', mean: 1040, sd: 430, unit: 's' },
    });
  });

  it('lists what it could not express as warnings, also in the --json report', async () => {
    const params = JSON.parse(await readFile(parity('m2-xor.prosimos.json'), 'utf8'));
    params.gateway_branching_probabilities[0].probabilities[0].path_id = 'Flow_nowhere';
    params.global_attributes = [];
    await writeFile(file('m2-odd.json'), JSON.stringify(params));
    const args = [
      'convert',
      parity('gateway_condition_xor_model.bpmn'),
      '--simulation',
      file('m2-odd.json'),
    ];
    const r = await runCapture(...args, '-o', file('m2.flow.json'), '--lang', 'en');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'bpmn:Flow_nowhere: Prosimos: gateway_branching_probabilities[0].probabilities[0].path_id',
    );
    expect(r.stderr).toContain('bpmn:global_attributes: Prosimos: section "global_attributes"');
    const json = await runCapture(...args, '-o', file('m2b.flow.json'), '--json');
    const report = jsonResult<{
      files: Array<{ warnings: Array<{ path: string; code: string }> }>;
    }>(json);
    expect(report.files[0]!.warnings.map((w) => w.code)).toEqual([
      'bpmn.simulation-left-out',
      'bpmn.simulation-unknown-element',
    ]);
  });

  it('refuses a parameters file of the wrong shape, naming each JSON path (exit 1), and a wrong call (exit 2)', async () => {
    await writeFile(
      file('bad.json'),
      JSON.stringify({
        task_resource_distribution: [{ task_id: 'x', resources: [{ resource_id: 'ghost' }] }],
      }),
    );
    const bpmn = parity('gateway_condition_xor_model.bpmn');
    const r = await runCapture(
      'convert',
      bpmn,
      '--simulation',
      file('bad.json'),
      '-o',
      file('x.flow.json'),
      '--lang',
      'en',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${file('bad.json')}: task_resource_distribution[0].resources[0].resource_id: no resource "ghost"`,
    );
    const wrong = await runCapture(
      'convert',
      bpmn,
      '--simulation',
      file('bad.json'),
      '--out-dir',
      file('out'),
    );
    expect(wrong.code).toBe(2);
    const missing = await runCapture(
      'convert',
      bpmn,
      '--simulation',
      file('none.json'),
      '-o',
      file('y.flow.json'),
    );
    expect(missing.code).toBe(2);
  });
});
