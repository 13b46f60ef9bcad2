import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { build, gallery, type ProcessDocument } from '@flowsmith/model';
import { exportBpmn, importBpmn } from '@flowsmith/bpmn';
import { lintBpmn } from './lintBpmn';

const root = join(import.meta.dirname, '..', '..');
const examplesDir = join(root, 'examples');
const examples = existsSync(examplesDir)
  ? readdirSync(examplesDir)
      .filter((f) => f.endsWith('.flow.json'))
      .sort()
  : [];

/**
 * What bpmnlint rightly reports about gallery processes that are broken on purpose (the BPMN
 * shows the same fault); every other gallery process must lint clean.
 */
const expectedLint: Partial<Record<keyof typeof gallery, string[]>> = {
  livelock: [
    'fake-join (warn): a: Incoming flows do not join',
    'no-disconnected (error): end: Element is not connected',
    'no-implicit-start (error): end: Element is an implicit start',
  ],
  unfinished: [
    'end-event-required (error): unfinished: Process is missing end event',
    'no-disconnected (error): loose: Element is not connected',
    'no-implicit-end (error): a: Element is an implicit end',
    'no-implicit-end (error): loose: Element is an implicit end',
    'no-implicit-start (error): loose: Element is an implicit start',
  ],
};

async function roundTrip(doc: ProcessDocument) {
  const xml = await exportBpmn(doc);
  const back = await importBpmn(xml);
  return { xml, back };
}

describe('BPMN round trip of the gallery', () => {
  for (const [name, doc] of Object.entries(gallery) as Array<
    [keyof typeof gallery, ProcessDocument]
  >) {
    it(`${name}: import(export(d)) is d, and the file lints clean in bpmnlint:recommended`, async () => {
      const { xml, back } = await roundTrip(doc);
      expect(back.warnings).toEqual([]);
      expect(back.documents).toHaveLength(1);
      expect(back.documents[0]).toEqual(doc);
      const { reports, moddleWarnings } = await lintBpmn(xml);
      expect(moddleWarnings).toEqual([]);
      expect(reports.sort()).toEqual(expectedLint[name] ?? []);
    });
  }
});

describe('BPMN round trip of examples/*.flow.json', () => {
  for (const file of examples) {
    it(`${file}: import(export(d)) is d`, async () => {
      const doc = JSON.parse(readFileSync(join(examplesDir, file), 'utf8')) as ProcessDocument;
      const { xml, back } = await roundTrip(doc);
      expect(back.documents[0]).toEqual(doc);
      const { reports, moddleWarnings } = await lintBpmn(xml);
      expect(moddleWarnings).toEqual([]);
      expect(reports.filter((r) => r.includes('(error)'))).toEqual([]);
    });
  }
});

describe('BPMN round trip of every Flowsmith field', () => {
  const { processOf, end, task, gate, flow, role } = build;
  const full: ProcessDocument = processOf('1-full.doc', {
    name: '采购审批 <script>alert(1)</script> 🙂',
    language: 'zh-CN',
    description: 'Purpose & scope — "quoted" <b>',
    owner: 'manager',
    derivedFrom: 'as-is',
    roles: [
      {
        id: 'clerk',
        name: '采购专员',
        capacity: 2,
        costPerHour: 80,
        calendar: 'office',
        description: 'd',
      },
      role('manager', 1, 150),
      { id: 'idle', name: '' },
    ],
    calendars: [
      {
        id: 'office',
        name: 'Office',
        timezone: 'Asia/Shanghai',
        week: [{ days: ['mon', 'tue'], from: '09:00', to: '18:00' }],
      },
    ],
    data: [
      { id: 'po', name: '采购单', description: 'the order' },
      { id: 'inv', name: 'Invoice' },
    ],
    steps: [
      {
        id: 's',
        type: 'start',
        name: 's',
        arrival: {
          interarrival: { dist: 'triangular', min: 1, mode: 2, max: 5, unit: 'h' },
          calendar: 'office',
        },
        position: { x: 0.1, y: -20.3 },
        description: 'begin',
      },
      task(
        '1fill',
        'clerk',
        { dist: 'lognormal', mean: 20, sd: 10 },
        {
          kind: 'manual',
          raci: { accountable: 'manager', consulted: [], informed: ['clerk'] },
          value: 'NVA',
          inputs: ['po'],
          outputs: ['inv', 'po'],
          system: 'ERP',
          instructions: 'Fill in\nthe form',
          cautions: ['a', '注意'],
          sla: { value: 4, unit: 'h' },
          control: true,
          description: 'x',
          position: { x: 150.25, y: 80 },
        },
      ),
      task('approve', 'manager', 5, { kind: 'review', inputs: [], position: { x: 300, y: 240 } }),
      task('ghost', 'nobody', undefined, { inputs: ['missing'] }),
      { ...gate('g', 'xor'), description: 'decide' },
      {
        id: 'wait',
        type: 'timer',
        name: 'wait',
        duration: { dist: 'uniform', min: 1, max: 2, unit: 'd' },
      },
      { id: 'bare', type: 'timer', name: '' },
      { id: 'sub', type: 'subprocess', name: 'sub', process: 'other-doc' },
      { ...gate('both', 'and'), position: { x: 500, y: 80 } },
      end('e'),
    ],
    flows: [
      flow('s', '1fill'),
      flow('1fill', 'g'),
      flow('g', 'approve', { condition: 'amount > 5000 and urgent == true', probability: 0.25 }),
      flow('g', 'wait', { default: true, label: 'otherwise', probability: 0.75 }),
      flow('approve', 'both', { label: '', default: false }),
      flow('wait', 'bare'),
      flow('bare', 'sub'),
      flow('sub', 'both'),
      flow('both', 'e'),
      flow('ghost', 'nowhere'),
      flow('ghost', 'e'),
    ],
    risks: [{ id: 'r1', name: 'fraud', steps: ['approve'], mitigation: 'four eyes' }],
    kpis: [{ id: 'k1', name: '平均处理时长', target: '≤ 2 d' }],
    revisions: [{ version: '1.0', date: '2026-11-22', author: 'me', summary: 'first' }],
    view: { lanes: 'horizontal' },
  });

  it('keeps every field, odd ids, dangling references and exact fractional positions', async () => {
    const { back } = await roundTrip(full);
    expect(back.documents[0]).toEqual(full);
  });

  it('keeps vertical documents', async () => {
    const doc = { ...gallery.andSplitJoin, view: { lanes: 'vertical' as const } };
    expect((await roundTrip(doc)).back.documents[0]).toEqual(doc);
  });
});
