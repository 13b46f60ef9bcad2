import { writeFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { gallery, type Lang, type ProcessDocument } from '@flowsmith/model';
import { createProcessActor, SimulatedClock } from '@flowsmith/compiler';
import { runCapture } from '../testing/runCapture';
import { tempDir } from '../testing/tempDir';
import { askLoop } from './run';

const { file } = tempDir('run');

const json = (name: string, value: unknown) => writeFile(file(name), JSON.stringify(value));

/** `flowsmith run` on the gallery process `name`, replaying the events file `events`, plus `flags`. */
const replay = (name: string, events: string, ...flags: string[]) =>
  runCapture('run', file(`${name}.flow.json`), '--events', file(events), ...flags);

/** {@link replay} on the XOR gallery process with an amount that takes its "large" branch. */
const replayLarge = (events: string, ...flags: string[]) =>
  replay('xorSplitJoin', events, '--data', file('big.json'), ...flags);

/**
 * Answers `askLoop` at a pretend terminal with `answers` for one case of `doc`, in simulated time;
 * returns the actor and everything the loop printed.
 */
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

beforeAll(async () => {
  for (const name of [
    'xorSplitJoin',
    'timerWait',
    'andSplitJoin',
    'lackOfSync',
    'reworkLoop',
  ] as const) {
    await json(`${name}.flow.json`, gallery[name]);
  }
  await json('big.json', { amount: 5000 });
  await json('large.events.json', [{ type: 'COMPLETE', stepId: 'large', by: 'mia', at: 1000 }]);
  await json('wrong.events.json', [{ type: 'COMPLETE', stepId: 'small' }]);
  await json('junk.events.json', [{ type: 'FINISH', step: 'x' }]);
  await json('timer.events.json', [
    { type: 'COMPLETE', stepId: 'a' },
    { type: 'COMPLETE', stepId: 'b' },
  ]);
  await json(
    'and.events.json',
    ['a', 'right', 'left', 'z'].map((stepId) => ({ type: 'COMPLETE', stepId })),
  );
  await json('list.json', [1, 2]);
});

describe('flowsmith run --events', () => {
  it('replays the events and prints the audit trail and the final state', async () => {
    const r = await replayLarge('large.events.json', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Audit trail:',
        '  1. start (start) · started',
        '  2. split (split) · took-flow → split-large',
        '  3. large (large) · completed · mia',
        '  4. merge (merge) · took-flow → merge-end',
        '  5. end (end) · ended',
        'The case is finished.',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON for machines with --json', async () => {
    const r = await replay('andSplitJoin', 'and.events.json', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.status).toBe('done');
    expect(report.history.map((h: { stepId: string }) => h.stepId)).toEqual([
      'start',
      'a',
      'fork',
      'right',
      'left',
      'join',
      'z',
      'end',
    ]);
    expect(report.available).toEqual({ status: 'done', tasks: [], decisions: [], waiting: [] });
  });

  it('lets timers elapse in simulated time when the next event waits for them', async () => {
    const r = await replay('timerWait', 'timer.events.json', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.status).toBe('done');
    expect(
      report.history.map((h: { stepId: string; outcome: string }) => `${h.stepId}:${h.outcome}`),
    ).toContain('wait:elapsed');
  });

  it('reports an event that cannot happen with what was possible instead (exit 1)', async () => {
    const r = await replayLarge('wrong.events.json', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        'flowsmith: event #1 {"type":"COMPLETE","stepId":"small"} cannot happen now',
        'possible now:',
        '  complete "large" (large) — manager  {"type":"COMPLETE","stepId":"large"}',
        '',
      ].join('\n'),
    );
    expect(r.stdout).toContain('The case is not finished.');
  });

  it('reports something that is not an event, in JSON too', async () => {
    const r = await replayLarge('junk.events.json', '--json', '--lang', 'zh-CN');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error).toEqual({
      index: 1,
      message: expect.stringContaining('不是有效事件'),
    });
    expect(r.stderr).toContain('现在可以');
  });

  it('refuses a process with structural errors (exit 1), bad data or event files (exit 2)', async () => {
    expect((await replay('lackOfSync', 'and.events.json')).code).toBe(1);
    expect(
      (await replay('xorSplitJoin', 'and.events.json', '--data', file('list.json'))).code,
    ).toBe(2);
    expect((await replay('xorSplitJoin', 'big.json')).code).toBe(2);
    expect((await replay('xorSplitJoin', 'missing.json')).code).toBe(2);
  });

  it('exits 2 with a clear message without a terminal and without --events', async () => {
    const tty = process.stdin.isTTY;
    process.stdin.isTTY = false;
    try {
      const r = await runCapture('run', file('xorSplitJoin.flow.json'), '--lang', 'en');
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        'flowsmith: no terminal to ask on: pass --events FILE (a JSON list of events) to replay a case\n',
      );
    } finally {
      process.stdin.isTTY = tty;
    }
  });
});

describe('flowsmith run at a terminal (askLoop)', () => {
  it('asks which step to complete or which branch to take, showing who is responsible', async () => {
    const { actor, text } = await ask(
      gallery.reworkLoop,
      ['1', 'x', '1', '2', '1', '1', '1'].join('\n'),
      'en',
    );
    expect(actor.getSnapshot().status).toBe('done');
    expect(text).toContain('  1. complete "work" (work) — clerk');
    expect(text).toContain(
      '  1. at "ok" (ok) take "ok" (ok-end)\n  2. at "ok" (ok) take "rework" (ok-merge)',
    );
    expect(text).toContain('Please answer with a number from 1 to 1, or q.');
    expect(actor.getSnapshot().context.history.map((h) => h.stepId)).toEqual([
      'start',
      'merge',
      'work',
      'check',
      'ok',
      'merge',
      'work',
      'check',
      'ok',
      'end',
    ]);
  });

  it('stops on q, and lets timers elapse when nothing else can happen', async () => {
    const { actor, text } = await ask(gallery.timerWait, '1\nq\n', 'zh-CN');
    expect(text).toContain('… 在“wait”等待了 60 分钟');
    expect(text).toContain('已停止。');
    expect(actor.getSnapshot().value).toBe('b');
  });

  it('CM-XOR-DATA asks for the data a decision lacks instead of taking a branch by default', async () => {
    const { actor, text } = await ask(gallery.xorSplitJoin, ['', '5000', '1'].join('\n'), 'en');
    expect(text).toContain('"split" needs "amount": ');
    expect(actor.getSnapshot().context.data).toEqual({ amount: 5000 });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().context.history.map((h) => h.stepId)).toContain('large');
  });

  it('CM-XOR-DATA stops on q while asking for data', async () => {
    const { actor, text } = await ask(gallery.xorSplitJoin, 'q\n', 'zh-CN');
    expect(text).toContain('“split”需要“amount”：');
    expect(text).toContain('已停止。');
    expect(actor.getSnapshot().value).toBe('split');
  });
});

describe('flowsmith run replaying a case whose decision lacks data', () => {
  beforeAll(async () => {
    await json('setData.events.json', [
      { type: 'SET_DATA', data: { amount: 20 } },
      { type: 'COMPLETE', stepId: 'small' },
    ]);
    await json('none.events.json', []);
  });

  it('CM-XOR-DATA a SET_DATA event provides it and the case goes on', async () => {
    const { code, stdout } = await replay('xorSplitJoin', 'setData.events.json', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain('The case is finished.');
  });

  it('CM-XOR-DATA without it the case waits and says what to send', async () => {
    const { code, stdout } = await replay('xorSplitJoin', 'none.events.json', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain('The case is not finished.');
    expect(stdout).toContain(
      'The case waits at "split" for amount; provide it with {"type":"SET_DATA","data":{"amount":"…"}}',
    );
  });
});
