import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import { executeCommand } from './executeCommand';
import * as build from '../testing/build';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';
import type { StepChanges } from './stepUpdate';

describe('step.update', () => {
  it('changes some fields and clears optional ones with null or undefined', () => {
    const { patch, document } = expectRoundTrip(gallery.mm1, {
      id: 'step.update',
      params: {
        id: 'serve',
        changes: { name: '办理', kind: 'system', duration: null, system: undefined },
      },
    });
    expect(document.steps[1]).toEqual({
      id: 'serve',
      type: 'task',
      name: '办理',
      role: 'clerk',
      kind: 'system',
    });
    expect(patch.updated).toHaveLength(1);
    expect(patch.updated[0]![0]).toEqual({
      collection: 'steps',
      index: 1,
      record: gallery.mm1.steps[1],
    });
  });
  it('switches a gateway between xor and and', () => {
    const { document } = expectRoundTrip(gallery.xorSplitJoin, {
      id: 'step.update',
      params: { id: 'split', changes: { type: 'and' } },
    });
    expect(document.steps[1]!.type).toBe('and');
  });
  it('refuses other type changes, unknown steps, fields of other types, id changes, an emptied name', () => {
    expectRefusal(
      gallery.mm1,
      { id: 'step.update', params: { id: 'serve', changes: { type: 'xor' } } },
      'step.typeChange',
      'serve',
    );
    expectRefusal(
      gallery.mm1,
      { id: 'step.update', params: { id: 'nope', changes: {} } },
      'step.unknown',
      'nope',
    );
    expectRefusal(
      gallery.mm1,
      { id: 'step.update', params: { id: 'end', changes: { role: 'clerk' } } },
      'field.notAllowed',
      'role',
    );
    expectRefusal(
      gallery.mm1,
      { id: 'step.update', params: { id: 'serve', changes: { id: 'x' } as never } },
      'field.notAllowed',
      'id',
    );
    expectRefusal(
      gallery.mm1,
      { id: 'step.update', params: { id: 'serve', changes: { name: null } } },
      'name.empty',
      'serve',
    );
    expectRefusal(
      gallery.mm1,
      { id: 'step.update', params: { id: 'serve', changes: { role: 'boss' } } },
      'role.unknown',
      'boss',
    );
  });
  it('refuses a hostile __proto__ key as a field, without polluting prototypes', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}}') as StepChanges;
    expectRefusal(
      gallery.mm1,
      { id: 'step.update', params: { id: 'serve', changes: hostile } },
      'field.notAllowed',
      '__proto__',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('step.update of an arrival', () => {
  const doc = build.processOf('p', { steps: [build.start('s')], flows: [] });
  const set = (arrival: unknown) =>
    executeCommand(doc, {
      id: 'step.update',
      params: { id: 's', changes: { arrival } as StepChanges },
    });
  it('takes a rate of cases per day', () => {
    const r = set({ rate: { count: 40, per: 'day' } });
    expect(r.ok && r.document.steps[0]).toMatchObject({ arrival: { rate: { count: 40 } } });
  });
  it.each([
    { rate: { count: 0, per: 'day' } },
    { rate: { count: 4, per: 'month' } },
    { rate: { count: 4, per: 'day' }, interarrival: { dist: 'fixed', value: 5 } },
    {},
  ])('refuses the arrival %j', (arrival) => {
    expect(set(arrival)).toMatchObject({ ok: false, refusal: { code: 'value.invalid' } });
  });
});
