import { writeFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type Flow, type Lang, type ProcessDocument, type Step } from '@flowsmith/model';
import { availableActions, createProcessActor, SimulatedClock } from '@flowsmith/compiler';
import { runCapture } from '../testing/runCapture';
import { tempDir } from '../testing/tempDir';
import { askLoop, choicesOf } from './run';
import { pickedEvent, severalHint } from './runPick';

const { file } = tempDir('runInclusive');

/**
 * Which checks? An inclusive split and its join; `byData` gives two flows conditions.
 *   (o) -> [or checks] -fMed-> medical -> [or checked] -> (o)
 *                      -fPol-> police  ---'
 *                      -fStd (default)-> standard ---'
 */
function checks(byData: boolean): ProcessDocument {
  const cond = (condition: string): Partial<Flow> => (byData ? { condition } : {});
  return build.processOf(byData ? 'checksByData' : 'checks', {
    roles: [build.role('clerk'), build.role('expert')],
    steps: [
      build.start('start'),
      { id: 'checks', type: 'or', name: 'Which checks?' },
      build.task('medical', 'expert', 30),
      build.task('police', 'expert', 20),
      build.task('standard', 'clerk', 10),
      { id: 'checked', type: 'or', name: 'Checks done' },
      build.end('end'),
    ],
    flows: [
      build.flow('start', 'checks'),
      { id: 'fMed', from: 'checks', to: 'medical', ...cond('injury') },
      { id: 'fPol', from: 'checks', to: 'police', ...cond('amount > 1000') },
      { id: 'fStd', from: 'checks', to: 'standard', default: true },
      ...['medical', 'police', 'standard'].map((s) => build.flow(s, 'checked')),
      build.flow('checked', 'end'),
    ],
  });
}

/** Answers `askLoop` with `answers` for one case of `doc`; returns the actor and what it printed. */
async function ask(doc: ProcessDocument, answers: string, lang: Lang) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (c) => (text += String(c)));
  const clock = new SimulatedClock();
  const actor = createProcessActor(doc, { clock });
  input.end(answers);
  await askLoop(actor, clock, doc, lang, { input, output });
  return { actor, text };
}

const json = (name: string, value: unknown) => writeFile(file(name), JSON.stringify(value));

const steps = (actor: Awaited<ReturnType<typeof ask>>['actor']) =>
  actor.getSnapshot().context.history.map((h) => h.stepId);

beforeAll(async () => {
  await json('checks.flow.json', checks(false));
  await json('both.events.json', [
    { type: 'CHOOSE', stepId: 'checks', flowIds: ['fPol', 'fMed'] },
    { type: 'COMPLETE', stepId: 'police' },
    { type: 'COMPLETE', stepId: 'medical' },
  ]);
  await json('junk.events.json', [{ type: 'CHOOSE', stepId: 'checks', flowIds: ['fMed', 2] }]);
  await json('default-with.events.json', [
    { type: 'CHOOSE', stepId: 'checks', flowIds: ['fStd', 'fMed'] },
  ]);
});

describe('flowsmith run at an inclusive (or) split', () => {
  it('CM-OR replays CHOOSE with flowIds and writes the branches taken in the trail, en and zh-CN', async () => {
    const en = await runCapture(
      'run',
      file('checks.flow.json'),
      '--events',
      file('both.events.json'),
      '--lang',
      'en',
    );
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Which checks? · took branches → "medical", "police"');
    expect(en.stdout).toContain('The case is finished.');
    const zh = await runCapture(
      'run',
      file('checks.flow.json'),
      '--events',
      file('both.events.json'),
      '--lang',
      'zh-CN',
    );
    expect(zh.stdout).toContain('Which checks? · 进入分支 → “medical”、“police”');
    expect(zh.stdout).not.toContain('took-flows');
  });

  it('CM-OR refuses flowIds that are not all text (not an event) and the default with others (impossible)', async () => {
    const junk = await runCapture(
      'run',
      file('checks.flow.json'),
      '--events',
      file('junk.events.json'),
      '--lang',
      'en',
    );
    expect(junk.code).toBe(1);
    expect(junk.stderr).toContain('is not an event');
    const both = await runCapture(
      'run',
      file('checks.flow.json'),
      '--events',
      file('default-with.events.json'),
      '--lang',
      'en',
    );
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('cannot happen now');
    expect(both.stderr).toContain('{"type":"CHOOSE","stepId":"checks","flowIds":["fMed"]}');
  });

  it('CM-OR at a terminal several ways are named together (1,2); the default only alone', async () => {
    const { actor, text } = await ask(checks(false), ['3,1', '1,1', '1,2'].join('\n'), 'en');
    expect(text).toContain(
      '  1. at "Which checks?" take "medical"\n  2. at "Which checks?" take "police"\n  3. at "Which checks?" take "standard"',
    );
    expect(text).toContain(
      'At "Which checks?" several ways may be taken together: name them, e.g. 1,2.',
    );
    expect(text.match(/Only ways of the same inclusive decision/g)).toHaveLength(2);
    expect(actor.getSnapshot().context.history[1]).toMatchObject({
      stepId: 'checks',
      outcome: 'took-flows',
      flowIds: ['fMed', 'fPol'],
    });
    // medical and police both open: the terminal asks which to complete first, then the other.
    expect(text).toContain('  1. complete "medical" — expert\n  2. complete "police" — expert');
  });

  it('CM-OR at a terminal one way alone is one number, in zh-CN', async () => {
    const { actor, text } = await ask(checks(false), '3\n', 'zh-CN');
    expect(text).toContain('在“Which checks?”可以同时走多条路径：一起输入，例如 1,2。');
    expect(actor.getSnapshot().status).toBe('done');
    expect(steps(actor)).toContain('standard');
    expect(steps(actor)).not.toContain('medical');
  });

  it('CM-XOR-DATA an inclusive split that lacks data asks for it like a decision', async () => {
    const { actor, text } = await ask(checks(true), ['yes', '5000', '2'].join('\n'), 'en');
    expect(text).toContain('"Which checks?" needs "injury": ');
    expect(actor.getSnapshot().context.data).toEqual({ injury: true, amount: 5000 });
    expect(actor.getSnapshot().status).toBe('done');
    expect(steps(actor)).toEqual(expect.arrayContaining(['medical', 'police']));
  });
});

describe('pickedEvent and severalHint', () => {
  const open = () => {
    const actor = createProcessActor(checks(false), { clock: new SimulatedClock() });
    return choicesOf(availableActions(actor.getSnapshot()), 'en');
  };

  it('takes one number, several flows of one inclusive split in any separator, and refuses the rest', () => {
    const choices = open();
    expect(pickedEvent(choices, '2')).toEqual({
      event: { type: 'CHOOSE', stepId: 'checks', flowIds: ['fPol'] },
    });
    expect(pickedEvent(choices, '2, 1')).toEqual({
      event: { type: 'CHOOSE', stepId: 'checks', flowIds: ['fPol', 'fMed'] },
    });
    expect(pickedEvent(choices, '1、2')).toEqual({
      event: { type: 'CHOOSE', stepId: 'checks', flowIds: ['fMed', 'fPol'] },
    });
    expect(pickedEvent(choices, '1,3')).toEqual({ error: 'notTogether' });
    expect(pickedEvent(choices, '2 2')).toEqual({ error: 'notTogether' });
    for (const bad of ['', '0', '4', '1,x', '1.5'])
      expect(pickedEvent(choices, bad)).toEqual({ error: 'range' });
    expect(severalHint(choices)).toEqual({ name: 'Which checks?', example: '1,2' });
  });

  it('never combines the ways of an exclusive decision, and has no hint there', () => {
    const or = checks(false);
    const asXor = (s: Step): Step =>
      s.id === 'checks' || s.id === 'checked' ? { id: s.id, type: 'xor', name: s.name } : s;
    const doc: ProcessDocument = { ...or, steps: or.steps.map(asXor) };
    const actor = createProcessActor(doc, { clock: new SimulatedClock() });
    const choices = choicesOf(availableActions(actor.getSnapshot()), 'en');
    expect(choices.map((c) => c.inclusive)).toEqual([undefined, undefined]);
    expect(pickedEvent(choices, '1,2')).toEqual({ error: 'notTogether' });
    expect(pickedEvent(choices, '1')).toEqual({
      event: { type: 'CHOOSE', stepId: 'checks', flowId: 'fMed' },
    });
    expect(severalHint(choices)).toBeUndefined();
  });
});
