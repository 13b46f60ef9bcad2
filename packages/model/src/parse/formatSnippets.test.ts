import { describe, expect, it } from 'vitest';
import { parseProcess } from './parseProcess';
import { minimalDocument, type Json } from './parseFixtures';

// Every fragment of FORMAT.md, embedded in the minimal document where it belongs.
const distributions: Json[] = [
  { dist: 'fixed', value: 15, unit: 'min' },
  { dist: 'uniform', min: 10, max: 20 },
  { dist: 'triangular', min: 10, mode: 15, max: 30 },
  { dist: 'exponential', mean: 30 },
  { dist: 'normal', mean: 20, sd: 5 },
  { dist: 'lognormal', mean: 20, sd: 10 },
  { dist: 'erlang', mean: 20, k: 3 },
  15,
];

function withTopLevel(extra: Record<string, Json>) {
  return { ...minimalDocument(), ...extra };
}

describe('FORMAT.md snippets parse', () => {
  it('top level with every optional field', () => {
    const doc = withTopLevel({
      id: 'purchase-approval',
      name: '采购审批',
      language: 'zh-CN',
      description: '…',
      owner: 'manager',
      derivedFrom: 'purchase-approval-as-is',
      data: [{ id: 'po', name: '采购单' }],
      risks: [{ id: 'r1', name: '…', steps: ['work'], mitigation: '…' }],
      kpis: [{ id: 'k1', name: '平均处理时长', target: '≤ 2 d' }],
    });
    expect(parseProcess(doc)).toMatchObject({ ok: true });
  });

  it('role', () => {
    const doc = minimalDocument();
    doc.roles.push({
      id: 'buyer',
      name: '采购专员',
      capacity: 2,
      costPerHour: 80,
      calendar: 'office',
      description: '…',
    });
    expect(parseProcess(doc)).toMatchObject({ ok: true });
  });

  it('calendar', () => {
    const doc = withTopLevel({
      calendars: [
        {
          id: 'office',
          timezone: 'Asia/Shanghai',
          week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' }],
        },
      ],
    });
    expect(parseProcess(doc)).toMatchObject({ ok: true });
  });

  it('task with every field', () => {
    const doc = withTopLevel({
      data: [
        { id: 'req', name: 'Request' },
        { id: 'po', name: '采购单' },
      ],
    });
    doc.roles.push({ id: 'finance', name: 'F' }, { id: 'requester', name: 'R' });
    doc.steps[1] = {
      id: 's1',
      type: 'task',
      name: '填写采购单',
      kind: 'manual',
      role: 'clerk',
      raci: { accountable: 'manager', consulted: ['finance'], informed: ['requester'] },
      duration: { dist: 'triangular', min: 10, mode: 15, max: 30 },
      value: 'VA',
      inputs: ['req'],
      outputs: ['po'],
      system: 'ERP',
      instructions: '…',
      cautions: ['…'],
      sla: { value: 4, unit: 'h' },
    };
    doc.flows = [];
    expect(parseProcess(doc)).toMatchObject({ ok: true });
  });

  it.each(['start', 'end', 'task', 'xor', 'and', 'timer'])('a %s step with a position', (type) => {
    const doc = minimalDocument();
    doc.steps.push({ id: 'extra', type, name: type, position: { x: 0, y: 0 } });
    expect(parseProcess(doc)).toMatchObject({ ok: true });
  });

  it('a subprocess step', () => {
    const doc = minimalDocument();
    doc.steps.push({ id: 'sub', type: 'subprocess', name: 'sub', process: 'other' });
    expect(parseProcess(doc, { resolveProcess: (id) => id === 'other' })).toMatchObject({
      ok: true,
    });
  });

  it.each(distributions.map((d) => [JSON.stringify(d), d]))(
    'distribution %s as a duration and an arrival',
    (_, d) => {
      const doc = minimalDocument();
      doc.steps[0] = { ...doc.steps[0]!, arrival: { interarrival: d } };
      doc.steps[1] = { ...doc.steps[1]!, duration: d };
      expect(parseProcess(doc)).toMatchObject({ ok: true });
    },
  );

  it('flow with label, probability and condition', () => {
    const doc = minimalDocument();
    doc.flows[1] = {
      id: 'f2',
      from: 'work',
      to: 'end',
      label: '金额 > 5万',
      probability: 0.3,
      condition: 'amount > 50000',
    };
    expect(parseProcess(doc)).toMatchObject({ ok: true });
  });

  it('the fields the types add: default flow, control, revisions, view, calendar name, arrival calendar, description', () => {
    const doc = withTopLevel({
      calendars: [
        {
          id: 'office',
          name: 'Office hours',
          week: [{ days: ['mon'], from: '09:00', to: '17:00' }],
        },
      ],
      revisions: [{ version: '1.0', date: '2026-01-31', author: 'Li', summary: 'first' }],
      view: { lanes: 'vertical' },
    });
    doc.steps[0] = {
      ...doc.steps[0]!,
      description: 'begins',
      arrival: { interarrival: 30, calendar: 'office' },
    };
    doc.steps[1] = { ...doc.steps[1]!, control: true };
    doc.flows[1] = { ...doc.flows[1]!, default: true };
    expect(parseProcess(doc)).toMatchObject({ ok: true });
  });

  it('an arrival rate ("40 a working day") instead of an inter-arrival distribution', () => {
    const doc = withTopLevel({
      calendars: [{ id: 'office', week: [{ days: ['mon'], from: '09:00', to: '17:00' }] }],
    });
    const arrival = { rate: { count: 40, per: 'day' }, calendar: 'office' };
    doc.steps[0] = { ...doc.steps[0]!, arrival };
    const r = parseProcess(doc);
    expect(r).toMatchObject({ ok: true });
    if (r.ok) expect(r.document.steps[0]).toMatchObject({ arrival });
  });
});
