import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import {
  formatMessage,
  type Lang,
  type MessageTable,
  type ProcessDocument,
} from '@flowsmith/model';
import {
  availableActions,
  createProcessActor,
  SimulatedClock,
  type AvailableActions,
  type HistoryEntry,
  type ProcessActor,
  type ProcessEvent,
} from '@flowsmith/compiler';
import { CliError } from '../CliError';
import { langOf, langOption } from '../io/langOption';
import { compileFailure, loadCompilable } from './compile';
import { askMissingData, decisionsWaitingForData, waitingForDataLines } from './runData';
import type { RegisterCommand } from './index';

type RunParams = {
  'run.noTerminal': Record<string, never>;
  'run.unreadable': { file: string; reason: string };
  'run.notObject': { file: string };
  'run.notList': { file: string };
  'run.badEvent': { index: number; event: string };
  'run.impossible': { index: number; event: string };
  'run.possible': { list: string };
  'run.nothingPossible': { status: string };
  'run.complete': { stepId: string; name: string; role: string };
  'run.choose': { stepId: string; name: string; flowId: string; to: string };
  'run.waited': { name: string; minutes: string };
  'run.trail': Record<string, never>;
  'run.done': Record<string, never>;
  'run.waiting': Record<string, never>;
  'run.ask': { max: number };
  'run.askAgain': { max: number };
  'run.stopped': Record<string, never>;
};

/** The messages of `flowsmith run`, in English and zh-CN. */
export const runMessages: MessageTable<RunParams> = {
  'run.noTerminal': {
    en: () => 'no terminal to ask on: pass --events FILE (a JSON list of events) to replay a case',
    'zh-CN': () => '没有可交互的终端：请用 --events FILE（事件的 JSON 列表）回放一个案例',
  },
  'run.unreadable': {
    en: (p) => `${p.file}: cannot read it as JSON (${p.reason})`,
    'zh-CN': (p) => `${p.file}：无法作为 JSON 读取（${p.reason}）`,
  },
  'run.notObject': {
    en: (p) => `${p.file}: the case data must be a JSON object such as {"amount": 1200}`,
    'zh-CN': (p) => `${p.file}：案例数据必须是 JSON 对象，例如 {"amount": 1200}`,
  },
  'run.notList': {
    en: (p) =>
      `${p.file}: the events must be a JSON list such as [{"type": "COMPLETE", "stepId": "fill"}]`,
    'zh-CN': (p) =>
      `${p.file}：事件必须是 JSON 列表，例如 [{"type": "COMPLETE", "stepId": "fill"}]`,
  },
  'run.badEvent': {
    en: (p) =>
      `event #${p.index} ${p.event} is not an event: use {"type": "COMPLETE", "stepId"}, {"type": "CHOOSE", "stepId", "flowId"} or {"type": "SET_DATA", "data"}`,
    'zh-CN': (p) =>
      `第 ${p.index} 个事件 ${p.event} 不是有效事件：请用 {"type": "COMPLETE", "stepId"}、{"type": "CHOOSE", "stepId", "flowId"} 或 {"type": "SET_DATA", "data"}`,
  },
  'run.impossible': {
    en: (p) => `event #${p.index} ${p.event} cannot happen now`,
    'zh-CN': (p) => `第 ${p.index} 个事件 ${p.event} 现在不能发生`,
  },
  'run.possible': {
    en: (p) => `possible now:\n${p.list}`,
    'zh-CN': (p) => `现在可以：\n${p.list}`,
  },
  'run.nothingPossible': {
    en: (p) => `nothing is possible now (the case is ${p.status})`,
    'zh-CN': (p) => `现在什么都不能做（案例状态：${p.status}）`,
  },
  'run.complete': {
    en: (p) => `complete "${p.name}" (${p.stepId}) — ${p.role}`,
    'zh-CN': (p) => `完成“${p.name}”（${p.stepId}）— ${p.role}`,
  },
  'run.choose': {
    en: (p) => `at "${p.name}" (${p.stepId}) take "${p.to}" (${p.flowId})`,
    'zh-CN': (p) => `在“${p.name}”（${p.stepId}）选择“${p.to}”（${p.flowId}）`,
  },
  'run.waited': {
    en: (p) => `… waited ${p.minutes} min at "${p.name}"`,
    'zh-CN': (p) => `… 在“${p.name}”等待了 ${p.minutes} 分钟`,
  },
  'run.trail': { en: () => 'Audit trail:', 'zh-CN': () => '审计记录：' },
  'run.done': { en: () => 'The case is finished.', 'zh-CN': () => '案例已完成。' },
  'run.waiting': { en: () => 'The case is not finished.', 'zh-CN': () => '案例尚未完成。' },
  'run.ask': {
    en: (p) => `Which one? (1-${p.max}, q to stop) `,
    'zh-CN': (p) => `选哪一项？（1-${p.max}，q 退出）`,
  },
  'run.askAgain': {
    en: (p) => `Please answer with a number from 1 to ${p.max}, or q.`,
    'zh-CN': (p) => `请输入 1 到 ${p.max} 之间的数字，或 q。`,
  },
  'run.stopped': { en: () => 'Stopped.', 'zh-CN': () => '已停止。' },
};

const say = <C extends keyof RunParams>(code: C, params: RunParams[C], lang: Lang) =>
  formatMessage(runMessages, code, params, lang);

/** The things that can be done now, as events with a line each that says what and who. Pure. */
export function choicesOf(
  open: AvailableActions,
  lang: Lang,
): Array<{ event: ProcessEvent; line: string }> {
  return [
    ...open.tasks.map((t) => ({
      event: t.event,
      line: say(
        'run.complete',
        { stepId: t.stepId, name: t.name, role: t.role?.name ?? '—' },
        lang,
      ),
    })),
    ...open.decisions.flatMap((d) =>
      d.flows.map((f) => ({
        event: f.event,
        line: say(
          'run.choose',
          { stepId: d.stepId, name: d.name, flowId: f.flowId, to: f.label ?? f.toName },
          lang,
        ),
      })),
    ),
  ];
}

/**
 * Moves simulated time on while the case waits on timers only (or until `until` holds), and
 * returns a line per timer that elapsed. Time in `run` is simulated: a timer elapses when nothing
 * else can happen before it.
 */
export function settleTimers(
  actor: ProcessActor,
  clock: SimulatedClock,
  doc: ProcessDocument,
  lang: Lang,
  until?: () => boolean,
): string[] {
  const lines: string[] = [];
  for (let guard = 0; guard < 10_000; guard++) {
    const snapshot = actor.getSnapshot();
    if (snapshot.status !== 'active' || until?.()) break;
    const open = availableActions(snapshot);
    const timers = open.waiting.filter((w) => w.type === 'timer');
    if (
      timers.length === 0 ||
      (until === undefined && open.tasks.length + open.decisions.length > 0)
    )
      break;
    const before = snapshot.context.history.length;
    clock.increment(Math.min(...timers.map((t) => t.delayMs ?? 0)));
    for (const h of actor.getSnapshot().context.history.slice(before)) {
      if (h.outcome !== 'elapsed') continue;
      const wait = timers.find((t) => t.stepId === h.stepId);
      const minutes = String(Math.round(((wait?.delayMs ?? 0) / 60_000) * 100) / 100);
      lines.push(say('run.waited', { name: nameOf(doc, h.stepId), minutes }, lang));
    }
  }
  return lines;
}

/** The audit trail as readable lines. Pure. */
export function trailLines(doc: ProcessDocument, history: readonly HistoryEntry[]): string[] {
  const width = String(history.length).length;
  return history.map((h, i) => {
    const who = h.by === undefined ? '' : ` · ${h.by}`;
    const flow = h.flowId === undefined ? '' : ` → ${h.flowId}`;
    return `  ${String(i + 1).padStart(width)}. ${nameOf(doc, h.stepId)} (${h.stepId}) · ${h.outcome}${flow}${who}`;
  });
}

function nameOf(doc: ProcessDocument, stepId: string): string {
  return doc.steps.find((s) => s.id === stepId)?.name ?? stepId;
}

function isEvent(value: unknown): value is ProcessEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const e = value as Record<string, unknown>;
  if (e.type === 'COMPLETE') return typeof e.stepId === 'string';
  if (e.type === 'CHOOSE') return typeof e.stepId === 'string' && typeof e.flowId === 'string';
  if (e.type === 'SET_DATA')
    return typeof e.data === 'object' && e.data !== null && !Array.isArray(e.data);
  return false;
}

async function readJson(file: string, lang: Lang): Promise<unknown> {
  try {
    return JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(say('run.unreadable', { file, reason }, lang), 2);
  }
}

/**
 * Replays `events` on the case. Returns `undefined` when all were taken, or what went wrong with
 * the event (1-based index) and the lines of what was possible instead.
 */
export function replayEvents(
  actor: ProcessActor,
  clock: SimulatedClock,
  doc: ProcessDocument,
  events: readonly unknown[],
  lang: Lang,
): { index: number; message: string; possible: string[] } | undefined {
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    const shown = JSON.stringify(event) ?? String(event);
    if (!isEvent(event))
      return {
        index: i + 1,
        message: say('run.badEvent', { index: i + 1, event: shown }, lang),
        possible: possibleNow(actor, lang),
      };
    settleTimers(actor, clock, doc, lang, () => actor.getSnapshot().can(event));
    if (!actor.getSnapshot().can(event)) {
      return {
        index: i + 1,
        message: say('run.impossible', { index: i + 1, event: shown }, lang),
        possible: possibleNow(actor, lang),
      };
    }
    actor.send(event);
  }
  settleTimers(actor, clock, doc, lang);
  return undefined;
}

function possibleNow(actor: ProcessActor, lang: Lang): string[] {
  return choicesOf(availableActions(actor.getSnapshot()), lang).map(
    (c) => `  ${c.line}  ${JSON.stringify(c.event)}`,
  );
}

/**
 * Runs a case at a terminal: shows what can be done now and who is responsible, asks which, and
 * goes on until the case is finished, nothing can be done, or the user types `q`. A decision that
 * lacks case data asks for each missing value first and sends it as `SET_DATA`.
 */
export async function askLoop(
  actor: ProcessActor,
  clock: SimulatedClock,
  doc: ProcessDocument,
  lang: Lang,
  io: { input: Readable; output: Writable },
): Promise<void> {
  const rl = createInterface({ input: io.input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const print = (text: string) => io.output.write(`${text}\n`);
  try {
    for (;;) {
      for (const line of settleTimers(actor, clock, doc, lang)) print(line);
      if (actor.getSnapshot().status !== 'active') break;
      const open = availableActions(actor.getSnapshot());
      // A decision that lacks data asks for it first (compiler SPEC.md CM-XOR-DATA).
      const needs = decisionsWaitingForData(open);
      if (needs.length > 0) {
        const data = await askMissingData(needs, { output: io.output, lines }, print, lang);
        if (data === null) {
          print(say('run.stopped', {}, lang));
          return;
        }
        actor.send({ type: 'SET_DATA', data });
        continue;
      }
      const choices = choicesOf(open, lang);
      if (choices.length === 0) break;
      choices.forEach((c, i) => print(`  ${i + 1}. ${c.line}`));
      let picked: number | undefined;
      while (picked === undefined) {
        io.output.write(say('run.ask', { max: choices.length }, lang));
        const next = await lines.next();
        const answer = next.done ? 'q' : next.value.trim();
        if (answer.toLowerCase() === 'q') {
          print(say('run.stopped', {}, lang));
          return;
        }
        const n = Number(answer);
        if (Number.isInteger(n) && n >= 1 && n <= choices.length) picked = n - 1;
        else print(say('run.askAgain', { max: choices.length }, lang));
      }
      actor.send(choices[picked]!.event);
    }
  } finally {
    rl.close();
  }
}

/**
 * `flowsmith run FILE [--data data.json] [--events events.json] [--json]`: runs a case of the
 * compiled process. At a terminal it asks, step by step, which task to complete or which branch to
 * take; with `--events` it replays a list of events and prints the audit trail and final state.
 * Exit 1 for a bad or impossible event (with what was possible instead), an invalid process or one
 * that cannot be compiled; 2 when a file cannot be read, or with neither a terminal nor --events.
 */
export const registerRun: RegisterCommand = (program: Command) => {
  program
    .command('run')
    .description('run a case step by step (at a terminal) or replay a list of events')
    .argument('<file>', 'the process file (.flow.json)')
    .option('--data <file>', 'the case data, a JSON object (what decisions read)')
    .option('--events <file>', 'replay these events (a JSON list) instead of asking')
    .option('--json', 'print { status, state, data, history, available } (and error) as JSON')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nEvents: {"type":"COMPLETE","stepId":"fill","by":"ann","data":{…}}, {"type":"CHOOSE","stepId":"x",\n' +
        '"flowId":"f3"}, {"type":"SET_DATA","data":{…}}. Timers elapse in simulated time.\n' +
        'A decision whose data is missing waits: at a terminal run asks for the value; in --events\n' +
        'give it with a SET_DATA event.\n' +
        'Exit codes: 0 ran, 1 a bad or impossible event or a process that cannot be compiled,\n' +
        '2 a file cannot be read, or no terminal and no --events.\n' +
        'Example: flowsmith run examples/purchase-approval-to-be.flow.json --data case.json --events events.json\n',
    )
    .action(
      async (
        file: string,
        options: { data?: string; events?: string; json?: boolean; lang?: string },
      ) => {
        const lang = langOf(options);
        if (options.events === undefined && !process.stdin.isTTY)
          throw new CliError(say('run.noTerminal', {}, lang), 2);
        const { document, resolveProcess } = await loadCompilable(file, lang);
        const data = options.data === undefined ? {} : await readJson(options.data, lang);
        if (typeof data !== 'object' || data === null || Array.isArray(data)) {
          throw new CliError(say('run.notObject', { file: options.data! }, lang), 2);
        }
        const events =
          options.events === undefined ? undefined : await readJson(options.events, lang);
        if (events !== undefined && !Array.isArray(events))
          throw new CliError(say('run.notList', { file: options.events! }, lang), 2);
        const clock = new SimulatedClock();
        let actor: ProcessActor;
        try {
          actor = createProcessActor(document, {
            data: data as Record<string, unknown>,
            clock,
            resolveProcess,
            lang,
          });
        } catch (error) {
          compileFailure(error, file, lang);
        }
        const failure =
          events === undefined ? undefined : replayEvents(actor, clock, document, events, lang);
        if (events === undefined)
          await askLoop(actor, clock, document, lang, {
            input: process.stdin,
            output: process.stdout,
          });
        const snapshot = actor.getSnapshot();
        if (options.json) {
          const report = {
            status: snapshot.status,
            state: snapshot.value,
            data: snapshot.context.data,
            history: snapshot.context.history,
            available: availableActions(snapshot),
            ...(failure === undefined
              ? {}
              : { error: { index: failure.index, message: failure.message } }),
          };
          process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        } else {
          const end = say(snapshot.status === 'done' ? 'run.done' : 'run.waiting', {}, lang);
          process.stdout.write(
            [
              say('run.trail', {}, lang),
              ...trailLines(document, snapshot.context.history),
              end,
              ...waitingForDataLines(availableActions(snapshot), lang),
              '',
            ].join('\n'),
          );
        }
        actor.stop();
        if (failure !== undefined) {
          const possible =
            failure.possible.length > 0
              ? say('run.possible', { list: failure.possible.join('\n') }, lang)
              : say('run.nothingPossible', { status: snapshot.status }, lang);
          throw new CliError(`${failure.message}\n${possible}`, 1);
        }
      },
    );
};
