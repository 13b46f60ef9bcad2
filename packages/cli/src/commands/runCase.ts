import { toMinutes, type Duration, type Lang, type ProcessDocument } from '@flowsmith/model';
import {
  availableActions,
  type AvailableActions,
  type ProcessActor,
  type ProcessEvent,
} from '@flowsmith/compiler';
import type { CaseClock } from './runClock';
import { say } from './runMessages';
import { durationText, sayRun } from './runTerminalMessages';
import { stepName } from './runTrail';

/** One thing that can be done now: its event, and the words that say what and who. */
export interface RunChoice {
  event: ProcessEvent;
  /** Names the step and flow ids too (for writing event files). */
  line: string;
  /** Only what people see. */
  words: string;
  /** A flow of an inclusive split, which may be taken together with others of the same split. */
  inclusive?: { key: string; stepId: string; name: string; flowId: string; default: boolean };
}

/**
 * The things that can be done now, as events with a line each that says what and who: `line`
 * names the step and flow ids too (for writing event files), `words` only what people see. A flow
 * of an inclusive split says so in `inclusive` (`pickedEvent` takes several together). Pure.
 */
export function choicesOf(open: AvailableActions, lang: Lang): RunChoice[] {
  return [
    ...open.tasks.map((t) => {
      const role = t.role?.name ?? '—';
      return {
        event: t.event,
        line: say('run.complete', { stepId: t.stepId, name: t.name, role }, lang),
        words: say('run.completeTask', { name: t.name, role }, lang),
      };
    }),
    ...open.decisions.flatMap((d) =>
      d.flows.map((f) => {
        const to = f.label ?? f.toName;
        const choice: RunChoice = {
          event: f.event,
          line: say('run.choose', { stepId: d.stepId, name: d.name, flowId: f.flowId, to }, lang),
          words: say('run.chooseFlow', { name: d.name, to }, lang),
        };
        if (d.inclusive) {
          const key = [...(d.via ?? []), d.stepId].join('/');
          const { stepId, name } = d;
          choice.inclusive = { key, stepId, name, flowId: f.flowId, default: f.default === true };
        }
        return choice;
      }),
    ),
  ];
}

/**
 * Moves simulated time on while the case waits on timers only (or until `until` holds), and
 * returns a line per timer that elapsed and per task whose time limit passed meanwhile. Time in
 * `run` is simulated: a timer elapses when nothing else can happen before it.
 */
export function settleTimers(
  actor: ProcessActor,
  clock: CaseClock,
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
      if (h.outcome === 'elapsed') {
        const wait = timers.find((t) => t.stepId === h.stepId);
        const duration = durationText((wait?.delayMs ?? 0) / 60_000, lang);
        lines.push(say('run.waited', { name: stepName(doc, h.stepId), duration }, lang));
      }
      if (h.outcome === 'escalated') lines.push(escalationLine(doc, h.stepId, lang));
    }
  }
  return lines;
}

/** The line that says task `stepId` is past its time limit. Pure. */
export function escalationLine(doc: ProcessDocument, stepId: string, lang: Lang): string {
  const step = doc.steps.find((s) => s.id === stepId);
  const sla = step?.type === 'task' ? step.sla : undefined;
  const limit = sla === undefined ? '' : slaText(sla, lang);
  return sayRun('run.escalated', { name: stepName(doc, stepId), limit }, lang);
}

/** An SLA in words: `4 小时`, `1 d`. Pure. */
export const slaText = (sla: Duration, lang: Lang): string =>
  durationText(toMinutes(sla.value, sla.unit), lang);
