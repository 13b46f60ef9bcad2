import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Lang, ProcessDocument } from '@flowsmith/model';
import {
  availableActions,
  caseDataFields,
  createProcessActor,
  type ProcessActor,
  type ProcessEvent,
} from '@flowsmith/compiler';
import { CliError } from '../CliError';
import { langOf, langOption } from '../io/langOption';
import { compileFailure, loadCompilable } from './compile';
import { waitingForDataLines, wrongDataTypes } from './runData';
import { setJsonResult } from '../io/jsonReport';
import { choicesOf, settleTimers } from './runCase';
import { RunClock, type CaseClock } from './runClock';
import { say } from './runMessages';
import { askLoop } from './runTerminal';
import { sayRun, statusText, typesText } from './runTerminalMessages';
import { trailLines } from './runTrail';
import type { RegisterCommand } from './RegisterCommand';

export { runMessages } from './runMessages';
export { askLoop } from './runTerminal';
export { choicesOf, settleTimers } from './runCase';
export { trailLines } from './runTrail';

function isEvent(value: unknown): value is ProcessEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const e = value as Record<string, unknown>;
  if (e.type === 'COMPLETE') return typeof e.stepId === 'string';
  if (e.type === 'CHOOSE')
    return (
      typeof e.stepId === 'string' &&
      (typeof e.flowId === 'string' ||
        (Array.isArray(e.flowIds) && e.flowIds.every((id) => typeof id === 'string')))
    );
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
  clock: CaseClock,
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
 * `flowsmith run FILE [--data data.json] [--events events.json] [--json]`: runs a case of the
 * compiled process on its own clock (case time). At a terminal it walks the case (`askLoop`):
 * shows each task, does the only thing to do, asks where there is a choice or data is missing;
 * with `--events` it replays a list of events. Either way it prints the audit trail in words and
 * the final state.
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
        '"flowId":"f3"}, at an inclusive (or) split {"type":"CHOOSE","stepId":"o","flowIds":["f4","f6"]},\n' +
        '{"type":"SET_DATA","data":{…}}. Timers elapse in simulated time, and the audit trail shows\n' +
        'case time. At a terminal each task is shown with its instructions, cautions and time limit;\n' +
        'the only thing to do is done and said; run asks where there is a choice (at an inclusive\n' +
        'split one or more ways may be named together, e.g. 1,3). A decision whose data is missing\n' +
        'waits: at a terminal run asks for the value (checked against its type); in --events give it\n' +
        'with a SET_DATA event.\n' +
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
        // A value of the wrong type would make every comparison fail and take the default branch.
        const wrong = wrongDataTypes(
          data as Record<string, unknown>,
          caseDataFields(document, resolveProcess),
        ).map((w) =>
          sayRun(
            'run.dataType',
            {
              file: options.data!,
              name: w.name,
              expected: typesText(w.expected, lang),
              value: JSON.stringify(w.value),
            },
            lang,
          ),
        );
        if (wrong.length > 0) throw new CliError(wrong.join('\n'), 2);
        const events =
          options.events === undefined ? undefined : await readJson(options.events, lang);
        if (events !== undefined && !Array.isArray(events))
          throw new CliError(say('run.notList', { file: options.events! }, lang), 2);
        // The case's own clock (CM-HIST): timers are fast-forwarded on it and the trail tells case time.
        const start = Date.now();
        const clock = new RunClock(start);
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
          await askLoop(
            actor,
            clock,
            document,
            lang,
            { input: process.stdin, output: process.stdout },
            resolveProcess,
          );
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
          setJsonResult(report);
        } else {
          const end = say(snapshot.status === 'done' ? 'run.done' : 'run.waiting', {}, lang);
          process.stdout.write(
            [
              say('run.trail', {}, lang),
              ...trailLines(document, snapshot.context.history, lang, start),
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
              : say('run.nothingPossible', { status: statusText(snapshot.status, lang) }, lang);
          throw new CliError(`${failure.message}\n${possible}`, 1);
        }
      },
    );
};
