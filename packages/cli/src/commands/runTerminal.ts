import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Lang, ProcessDocument } from '@flowsmith/model';
import {
  availableActions,
  caseDataFields,
  type CaseValueType,
  type OpenTask,
  type ProcessActor,
  type ProcessEvent,
} from '@flowsmith/compiler';
import { choicesOf, settleTimers } from './runCase';
import { pickedEvent, severalHint } from './runPick';
import type { CaseClock } from './runClock';
import { askMissingData, decisionsWaitingForData } from './runData';
import { say } from './runMessages';
import { durationText, sayRun } from './runTerminalMessages';

/** What a person needs to do task `task`: who, the instructions, the cautions and the time limit. Pure. */
export function taskCard(task: OpenTask, lang: Lang): string[] {
  const lines = [sayRun('run.task', { name: task.name, role: task.role?.name ?? '—' }, lang)];
  if (task.instructions !== undefined)
    lines.push(sayRun('run.instructions', { text: task.instructions }, lang));
  if (task.cautions !== undefined && task.cautions.length > 0) {
    lines.push(sayRun('run.cautions', {}, lang));
    for (const c of task.cautions) lines.push(`    - ${c}`);
  }
  if (task.slaMinutes !== undefined)
    lines.push(sayRun('run.sla', { limit: durationText(task.slaMinutes, lang) }, lang));
  return lines;
}

/**
 * Runs a case at a terminal, in `lang`: shows each task that opens with its instructions,
 * cautions and time limit; takes what can be done when it is the only thing (and says so); asks
 * which one where there is a choice (several ways together at an inclusive split, `1,3`); asks for data a decision lacks, checking each answer against
 * the types its conditions compare it with; lets timers elapse in simulated time when nothing
 * else can happen. Goes on until the case is finished, nothing can be done, or the user types `q`.
 */
export async function askLoop(
  actor: ProcessActor,
  clock: CaseClock,
  doc: ProcessDocument,
  lang: Lang,
  io: { input: Readable; output: Writable },
  resolveProcess?: (processId: string) => ProcessDocument | undefined,
): Promise<void> {
  const rl = createInterface({ input: io.input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const print = (text: string) => io.output.write(`${text}\n`);
  const fields = new Map(caseDataFields(doc, resolveProcess).map((f) => [f.name, f.types]));
  const typesOf = (name: string): readonly CaseValueType[] => fields.get(name) ?? [];
  // Tasks already shown: shown again only when they open anew.
  let shown = new Set<string>();
  try {
    for (;;) {
      for (const line of settleTimers(actor, clock, doc, lang)) print(line);
      if (actor.getSnapshot().status !== 'active') break;
      const open = availableActions(actor.getSnapshot());
      const now = new Set(open.tasks.map((t) => t.stepId));
      for (const task of open.tasks)
        if (!shown.has(task.stepId)) taskCard(task, lang).forEach(print);
      shown = now;
      // A decision that lacks data asks for it first (compiler SPEC.md CM-XOR-DATA).
      const needs = decisionsWaitingForData(open);
      if (needs.length > 0) {
        const data = await askMissingData(
          needs,
          { output: io.output, lines },
          print,
          lang,
          typesOf,
        );
        if (data === null) {
          print(say('run.stopped', {}, lang));
          return;
        }
        actor.send({ type: 'SET_DATA', data });
        continue;
      }
      const choices = choicesOf(open, lang);
      if (choices.length === 0) break;
      let picked: ProcessEvent | undefined;
      if (choices.length === 1) {
        print(sayRun('run.only', { line: choices[0]!.words }, lang));
        picked = choices[0]!.event;
      } else {
        choices.forEach((c, i) => print(`  ${i + 1}. ${c.words}`));
        const hint = severalHint(choices);
        if (hint !== undefined) print(say('run.several', hint, lang));
      }
      while (picked === undefined) {
        io.output.write(say('run.ask', { max: choices.length }, lang));
        const next = await lines.next();
        const answer = next.done ? 'q' : next.value.trim();
        if (answer.toLowerCase() === 'q') {
          print(say('run.stopped', {}, lang));
          return;
        }
        const pick = pickedEvent(choices, answer);
        if ('event' in pick) picked = pick.event;
        else if (pick.error === 'notTogether') print(say('run.notTogether', {}, lang));
        else print(say('run.askAgain', { max: choices.length }, lang));
      }
      actor.send(picked);
    }
  } finally {
    rl.close();
  }
}
