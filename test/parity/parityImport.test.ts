import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyProsimos, exportBpmn, importBpmn } from '@flowsmith/bpmn';
import { PARITY_CASES, PARITY_DIR, parityDocument } from './parityCases';

const read = (name: string) => readFileSync(join(PARITY_DIR, name), 'utf8');

describe('the parity models read with their Prosimos parameters', () => {
  it('M3 with its arrival calendar: wall-clock arrivals, four pools with their people and calendars', async () => {
    const r = applyProsimos(
      (await importBpmn(read('Credit_Application_Simulation.bpmn'), { simulation: false }))
        .documents,
      read('m3-credit-arrival-calendar.prosimos.json'),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const s = r.documents[0]!.steps[0]!;
    expect(s.type === 'start' && s.arrival).toEqual({
      interarrival: { dist: 'exponential', mean: 3809.5238095238096, unit: 's' },
      calendar: 'arrival',
      rule: 'wallClock',
    });
    expect(r.documents[0]!.roles.map((x) => [x.id, x.calendar, x.members!.length])).toEqual([
      ['clerk', 'cal_1', 2],
      ['credit_officer_1', 'cal_2', 1],
      ['credit_officer_2', 'cal_2', 1],
      ['system', 'cal_2', 1],
    ]);
    expect(r.warnings).toEqual([]);
  });

  for (const c of PARITY_CASES)
    it(`${c.id}: flow → BPMN (with QBP and BPSim) → flow keeps every parameter`, async () => {
      const doc = await parityDocument(c);
      const back = await importBpmn(await exportBpmn(doc));
      expect(back.warnings).toEqual([]);
      expect(back.documents[0]).toEqual(doc);
    });
});
