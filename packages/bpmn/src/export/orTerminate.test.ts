import { describe, expect, it } from 'vitest';
import { build, type ProcessDocument, type Step } from '@flowsmith/model';
import { importBpmn } from '../import/importBpmn';
import { exportBpmn } from './exportBpmn';

const { processOf, start, end, task, flow, role } = build;

/** An inclusive split and join, and a terminate end on one branch. */
const doc: ProcessDocument = processOf('inclusive', {
  roles: [role('clerk')],
  steps: [
    start(),
    { id: 'split', type: 'or', name: 'which checks?' },
    task('a', 'clerk', 5),
    task('b', 'clerk', 5),
    { id: 'join', type: 'or', name: '' },
    { id: 'stop', type: 'end', name: 'fraud', terminate: true } as Step,
    end(),
  ],
  flows: [
    flow('start', 'split'),
    flow('split', 'a', { probability: 0.4 }),
    flow('split', 'b', { probability: 0.7, default: true }),
    flow('a', 'join'),
    flow('b', 'join'),
    flow('join', 'end'),
    flow('a', 'stop'),
  ],
});

describe('inclusive gateways and terminate ends in BPMN', () => {
  it('writes or as inclusiveGateway (default flow on it) and terminate as a terminateEventDefinition', async () => {
    const xml = await exportBpmn(doc);
    expect(xml).toMatch(/<bpmn:inclusiveGateway id="split" name="which checks\?" default="/);
    expect(xml).toMatch(/<bpmn:inclusiveGateway id="join"/);
    expect(xml).toMatch(/<bpmn:endEvent id="stop"[^>]*>[\s\S]*?<bpmn:terminateEventDefinition /);
    expect(xml).not.toMatch(
      /<bpmn:endEvent id="end"[^>]*>[^]*?<bpmn:terminateEventDefinition[^]*?<\/bpmn:endEvent>\s*<bpmn:sequenceFlow/,
    );
  });

  it('reads them back exactly', async () => {
    const back = await importBpmn(await exportBpmn(doc));
    expect(back.documents[0]).toEqual(doc);
    expect(back.warnings).toEqual([]);
  });

  it('lets another tool remove the terminate definition (BPMN wins over the extension)', async () => {
    const xml = (await exportBpmn(doc)).replace(/<bpmn:terminateEventDefinition [^>]*\/>/, '');
    const back = await importBpmn(xml);
    const stop = back.documents[0]!.steps.find((s) => s.id === 'stop')!;
    expect(stop).toMatchObject({ type: 'end' });
    expect('terminate' in stop).toBe(false);
  });
});
