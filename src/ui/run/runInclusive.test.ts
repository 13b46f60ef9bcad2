import { describe, expect, it } from 'vitest';
import { build, type Flow, type Lang, type ProcessDocument } from '@flowsmith/model';
import { availableActions, createProcessActor, SimulatedClock } from '@flowsmith/compiler';
import { auditOutcome } from './auditOutcome';
import { decisionWaits } from './decisionWaits';
import { inclusiveChoice } from './inclusiveChoice';
import { runStringsEn, runStringsZh } from './strings';

/** Which checks? An inclusive split and its join; `byData` gives two flows conditions. */
function checks(byData: boolean): ProcessDocument {
  const cond = (condition: string): Partial<Flow> => (byData ? { condition } : {});
  return build.processOf('checks', {
    roles: [build.role('clerk')],
    steps: [
      build.start('start'),
      { id: 'checks', type: 'or', name: 'Which checks?' },
      build.task('medical', 'clerk', 30),
      build.task('police', 'clerk', 20),
      build.task('standard', 'clerk', 10),
      { id: 'checked', type: 'or', name: 'Checks done' },
      build.end('end'),
    ],
    flows: [
      build.flow('start', 'checks'),
      { id: 'fMed', from: 'checks', to: 'medical', label: 'Injury', ...cond('injury') },
      { id: 'fPol', from: 'checks', to: 'police', ...cond('amount > 1000') },
      { id: 'fStd', from: 'checks', to: 'standard', default: true },
      ...['medical', 'police', 'standard'].map((s) => build.flow(s, 'checked')),
      build.flow('checked', 'end'),
    ],
  });
}

/** The run mode's `t`, over its own strings only. */
const tIn =
  (lang: Lang) =>
  (key: string, o: Record<string, unknown> = {}): string => {
    const table = lang === 'en' ? runStringsEn : runStringsZh;
    const path = key.replace(/^run\./, '').split(/\.(?=[^.]+$)/);
    const text = path.reduce<unknown>((x, p) => (x as Record<string, unknown>)[p], table);
    return String(text).replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(o[k]));
  };

const start = (byData: boolean, data: Record<string, unknown> = {}) =>
  createProcessActor(checks(byData), { data, clock: new SimulatedClock() });

describe('run mode at an inclusive (or) split', () => {
  it('CM-OR inclusiveChoice takes the ticked non-default flows together, in the decision order', () => {
    const actor = start(false);
    const [decision] = availableActions(actor.getSnapshot()).decisions;
    expect(decision!.inclusive).toBe(true);
    const event = inclusiveChoice(decision!, new Set(['fPol', 'fStd', 'fMed']));
    expect(event).toEqual({ type: 'CHOOSE', stepId: 'checks', flowIds: ['fMed', 'fPol'] });
    expect(inclusiveChoice(decision!, new Set())).toBeUndefined();
    expect(inclusiveChoice(decision!, new Set(['fStd']))).toBeUndefined();
    actor.send(event!);
    expect(
      availableActions(actor.getSnapshot())
        .tasks.map((t) => t.stepId)
        .sort(),
    ).toEqual(['medical', 'police']);
  });

  it('CM-OR the audit trail says which flows were taken, in en and zh-CN', () => {
    const actor = start(false);
    actor.send({ type: 'CHOOSE', stepId: 'checks', flowIds: ['fPol', 'fMed'] });
    const line = actor.getSnapshot().context.history.find((h) => h.outcome === 'took-flows')!;
    const names = {
      flows: new Map([
        ['fMed', 'Injury'],
        ['fPol', 'police'],
      ]),
    };
    expect(auditOutcome(line, names, 'en', tIn('en'))).toBe('took “Injury”, “police”');
    expect(auditOutcome(line, names, 'zh-CN', tIn('zh-CN'))).toBe('走“Injury”、“police”');
    expect(auditOutcome({ outcome: 'took-flow', flowId: 'fMed' }, names, 'en', tIn('en'))).toBe(
      'took “Injury”',
    );
    expect(auditOutcome({ outcome: 'approved' }, names, 'en', tIn('en'))).toBe('approved');
  });

  it('CM-XOR-DATA an inclusive split that lacks data asks for it; one no flow fits is blocked', () => {
    const waiting = start(true, { amount: 10 });
    const { needsData, blocked } = decisionWaits(availableActions(waiting.getSnapshot()));
    expect(needsData).toEqual([
      { stepId: 'checks', name: 'Which checks?', type: 'or', missing: ['injury'] },
    ]);
    expect(blocked).toBe(false);
    expect(decisionWaits({ waiting: [{ stepId: 'g', name: 'G', type: 'or' }] })).toEqual({
      needsData: [],
      blocked: true,
    });
    expect(decisionWaits({ waiting: [{ stepId: 't', name: 'T', type: 'timer' }] })).toEqual({
      needsData: [],
      blocked: false,
    });
  });
});
