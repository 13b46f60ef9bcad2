import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBpmn, importBpmn } from '@flowsmith/bpmn';

const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const parity = join(import.meta.dirname, '..', '..', '..', 'shared', 'simulation-parity');

describe('the corpus file that carries QBP (scylla/samples/p5_batch.bpmn)', () => {
  it('imports its simulation data, and flow → BPMN → flow keeps it', async () => {
    const xml = readFileSync(join(corpus, 'scylla', 'samples', 'p5_batch.bpmn'), 'utf8');
    const imported = await importBpmn(xml);
    const main = imported.documents[0]!;
    expect(main.steps.find((s) => s.id === 'StartEvent_1')).toMatchObject({
      arrival: { interarrival: { dist: 'exponential', mean: 60, unit: 's' } },
    });
    expect(main.roles.map((r) => [r.id, r.capacity, r.costPerHour])).toEqual([
      ['Warehouse_employee', 10, 8.5],
      ['Ordering_employee', 3, 8.5],
      ['System', 1, 1.5],
    ]);
    const sub = imported.documents.find((d) => d.id === 'SubProcess_1jvlipe')!;
    expect(sub.steps.find((s) => s.id === 'Task_1nt4ran')).toMatchObject({
      role: 'Warehouse_employee',
      duration: { dist: 'normal', mean: 120, sd: 30, unit: 's' },
    });
    for (const doc of imported.documents) {
      const back = await importBpmn(await exportBpmn(doc));
      expect(back.warnings).toEqual([]);
      expect(back.documents[0]).toEqual(doc);
    }
  });

  for (const name of [
    'Credit_Application_Simulation.bpmn',
    'attributes_interaction_model.bpmn',
    'gateway_condition_xor_model.bpmn',
  ])
    it(`${name} (QBP inside the process, as Apromore writes it): flow → BPMN → flow keeps it`, async () => {
      const imported = await importBpmn(readFileSync(join(parity, name), 'utf8'));
      const doc = imported.documents[0]!;
      const back = await importBpmn(await exportBpmn(doc));
      expect(back.warnings).toEqual([]);
      expect(back.documents[0]).toEqual(doc);
    });

  it("reads Apromore's QBP in the credit application: arrivals, resources, timetables, FIXED as arg1", async () => {
    const { documents } = await importBpmn(
      readFileSync(join(parity, 'Credit_Application_Simulation.bpmn'), 'utf8'),
    );
    const d = documents[0]!;
    expect(d.steps.find((s) => s.id.startsWith('sid-3744BAA1'))).toMatchObject({
      role: 'System',
      duration: { dist: 'fixed', value: 60, unit: 's' },
    });
    expect(d.roles.map((r) => r.name)).toEqual([
      'Clerk_1',
      'Credit_Officer_1',
      'Clerk_2',
      'Credit_Officer_2',
      'System',
    ]);
    expect(d.calendars!.find((c) => c.name === 'Credit_Officer_Timetable')!.week).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '13:00', to: '17:00' },
    ]);
  });
});
