import { writeFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  build,
  gallery,
  parseProcess,
  type Lang,
  type ProcessDocument,
  type Step,
} from '@flowsmith/model';
import { createProcessActor, SimulatedClock } from '@flowsmith/compiler';
import { exampleFile } from '../testing/exampleFile';
import { runCapture } from '../testing/runCapture';
import { jsonResult } from '../testing/jsonResult';
import { tempDir } from '../testing/tempDir';
import { askLoop } from './run';

/** The `--json` result of `run`. */
type RunJson = {
  status: string;
  history: Array<{ stepId: string; outcome: string }>;
  available: unknown;
};

const { file } = tempDir('run');

const purchase = ((): ProcessDocument => {
  const r = parseProcess(JSON.parse(readFileSync(exampleFile('purchase-approval-to-be'), 'utf8')));
  if (!r.ok) throw new Error('the example does not parse');
  return r.document;
})();

/** Task a (SLA 30 min) in parallel with a 60-minute timer before b: (o) -> [+] -> a / wait -> b -> [+] -> (o). */
const slaWhileWaiting: ProcessDocument = build.processOf('slaWhileWaiting', {
  roles: [build.role('clerk')],
  steps: [
    build.start('start'),
    build.gate('fork', 'and'),
    { ...build.task('a', 'clerk', 1), sla: { value: 30, unit: 'min' } } as Step,
    {
      id: 'wait',
      type: 'timer',
      name: 'wait',
      duration: { dist: 'fixed', value: 60, unit: 'min' },
    },
    build.task('b', 'clerk', 1),
    build.gate('join', 'and'),
    build.end('end'),
  ],
  flows: [
    build.flow('start', 'fork'),
    build.flow('fork', 'a'),
    build.flow('fork', 'wait'),
    build.flow('wait', 'b'),
    build.flow('a', 'join'),
    build.flow('b', 'join'),
    build.flow('join', 'end'),
  ],
});

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
  await json('large.events.json', [{ type: 'COMPLETE', stepId: 'large', by: 'mia' }]);
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
  it('replays the events and prints the audit trail in words, with case time, and the final state', async () => {
    const r = await replayLarge('large.events.json', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Audit trail:',
        '  1. +0 min  start · started',
        '  2. +0 min  split · decided → "> 1000"',
        '  3. +0 min  large · completed · mia',
        '  4. +0 min  merge · decided → "end"',
        '  5. +0 min  end · ended',
        'The case is finished.',
        '',
      ].join('\n'),
    );
  });

  it('writes a zh-CN audit trail without English codes; a fast-forwarded timer shows as case time', async () => {
    const r = await replay('timerWait', 'timer.events.json', '--lang', 'zh-CN');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  3. +1 小时  wait · 等待结束');
    expect(r.stdout).toContain('  4. +1 小时  b · 完成 · clerk');
    expect(r.stdout).toContain('案例已完成。');
    for (const code of ['started', 'completed', 'took-flow', 'elapsed', 'ended', 'min'])
      expect(r.stdout).not.toContain(code);
  });

  it('CM-SLA a task open while a timer is fast-forwarded past its time limit is escalated in the trail', async () => {
    await json('slaWhileWaiting.flow.json', slaWhileWaiting);
    await json('sla.events.json', [
      { type: 'COMPLETE', stepId: 'b' },
      { type: 'COMPLETE', stepId: 'a' },
    ]);
    const r = await replay('slaWhileWaiting', 'sla.events.json', '--lang', 'zh-CN');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('+30 分钟  a · 超过时限，已升级');
    expect(r.stdout).toContain('+1 小时   a · 完成 · clerk');
  });

  it('refuses case data of a type the conditions do not compare with, rather than take the default branch (exit 2)', async () => {
    await json('text-amount.json', { amount: '5000' });
    const r = await replay('xorSplitJoin', 'large.events.json', '--data', file('text-amount.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'text-amount.json: "amount" must be a number (the process\'s conditions compare it with that), not "5000"',
    );
    const zh = await replay(
      'xorSplitJoin',
      'large.events.json',
      '--data',
      file('text-amount.json'),
      '--lang',
      'zh-CN',
    );
    expect(zh.stderr).toContain(
      'text-amount.json：“amount”应为数字（流程的条件按此比较），而不是 "5000"',
    );
  });

  it('prints JSON for machines with --json', async () => {
    const r = await replay('andSplitJoin', 'and.events.json', '--json');
    expect(r.code).toBe(0);
    const report = jsonResult<RunJson>(r);
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
    const report = jsonResult<RunJson>(r);
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
    expect(jsonResult<{ error: unknown }>(r).error).toEqual({
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
  it('asks only where there is a choice: a single thing to do is taken and said', async () => {
    const { actor, text } = await ask(gallery.reworkLoop, ['x', '2', '1'].join('\n'), 'en');
    expect(actor.getSnapshot().status).toBe('done');
    expect(text).toContain('→ the only thing to do now: complete "work" — clerk');
    expect(text).toContain('  1. at "ok" take "ok"\n  2. at "ok" take "rework"');
    expect(text).toContain('Please answer with a number from 1 to 2, or q.');
    expect(text).not.toContain('1-1');
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

  it('shows each task with its 操作说明, 注意事项 and 时限, and asks for missing data with type checks', async () => {
    const { actor, text } = await ask(
      purchase,
      ['也许', '是', '很多', '80000'].join('\n'),
      'zh-CN',
    );
    expect(actor.getSnapshot().status).toBe('done');
    expect(text).toContain('▶ 部门经理审批（部门经理）');
    expect(text).toMatch(/▶ 部门经理审批（部门经理）\n {2}操作说明：.+\n {2}注意事项：\n {4}- .+/);
    expect(text).toContain('  时限：4 小时');
    expect(text).toContain('→ 现在只有一项可做：完成“在线填写采购申请”（申请人）');
    expect(text).toContain('“校验是否通过”需要“complete”：');
    expect(text).toContain('（是/否；q 退出）');
    expect(text).toContain('请输入“是”或“否”（true/false）。');
    expect(text).toContain('（数字；q 退出）');
    expect(text).toContain('请输入数字。');
    expect(actor.getSnapshot().context.data).toEqual({ complete: true, amount: 80000 });
    expect(actor.getSnapshot().context.history.map((h) => h.stepId)).toContain('gmApprove');
    expect(text).not.toMatch(/complete "|Which one|Instructions|Cautions/);
  });

  it('stops on q, and lets timers elapse when nothing else can happen', async () => {
    const waited = await ask(gallery.timerWait, '', 'zh-CN');
    expect(waited.text).toContain('… 在“wait”等待了 1 小时');
    expect(waited.actor.getSnapshot().status).toBe('done');
    const { actor, text } = await ask(gallery.reworkLoop, 'q\n', 'zh-CN');
    expect(text).toContain('已停止。');
    expect(actor.getSnapshot().value).toBe('ok');
  });

  it('CM-XOR-DATA asks for the data a decision lacks instead of taking a branch by default', async () => {
    const { actor, text } = await ask(gallery.xorSplitJoin, ['', 'lots', '5000'].join('\n'), 'en');
    expect(text).toContain('"split" needs "amount": ');
    expect(text).toContain('Please type a number.');
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
