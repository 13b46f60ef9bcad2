import { defineCommand } from '../commands/command';
import { refusal } from '../messages/commandMessages';
import type { Lang } from '../messages/lang';
import { isDateTime } from '../parse/parseWorkshop';
import type { ProcessDocument } from '../types/process';
import { headerPatch } from './workshopPatch';

/** The longest timer, in seconds (a day). */
export const MAX_TIMER_SECONDS = 24 * 60 * 60;

const badTime = (now: unknown, lang?: Lang) =>
  typeof now === 'string' && isDateTime(now)
    ? null
    : refusal('timer.time', { value: String(now) }, lang);

const noTimer = (doc: ProcessDocument, lang?: Lang) =>
  doc.timer ? null : refusal('timer.none', {}, lang);

/** Parameters of `timer.start`: seconds, the time it starts (ISO 8601) and what it is for. */
export interface TimerStartParams {
  duration: number;
  now: string;
  label?: string;
}

/** `timer.start`: starts the facilitator's countdown everyone sees (replacing any other). */
export const timerStart = defineCommand({
  id: 'timer.start',
  canExecute(_doc, { duration, now, label }: TimerStartParams, lang) {
    if (typeof duration !== 'number' || !(duration >= 1 && duration <= MAX_TIMER_SECONDS)) {
      return refusal('timer.duration', { value: duration }, lang);
    }
    if (label !== undefined && typeof label !== 'string') {
      return refusal('value.invalid', { id: 'timer', field: 'label' }, lang);
    }
    return badTime(now, lang);
  },
  execute: (doc, { duration, now, label }) =>
    headerPatch(doc, { timer: { duration, startedAt: now, ...(label ? { label } : {}) } }),
});

/** `timer.pause`: freezes the countdown at `now`. */
export const timerPause = defineCommand({
  id: 'timer.pause',
  canExecute(doc, { now }: { now: string }, lang) {
    const none = noTimer(doc, lang) ?? badTime(now, lang);
    if (none) return none;
    return doc.timer!.pausedAt === undefined ? null : refusal('timer.paused', {}, lang);
  },
  execute: (doc, { now }) => headerPatch(doc, { timer: { ...doc.timer!, pausedAt: now } }),
});

/** `timer.resume`: runs a paused countdown again from `now`, with the time it had left. */
export const timerResume = defineCommand({
  id: 'timer.resume',
  canExecute(doc, { now }: { now: string }, lang) {
    const none = noTimer(doc, lang) ?? badTime(now, lang);
    if (none) return none;
    return doc.timer!.pausedAt !== undefined ? null : refusal('timer.notPaused', {}, lang);
  },
  execute(doc, { now }) {
    const { pausedAt, ...timer } = doc.timer!;
    const paused = Date.parse(now) - Date.parse(pausedAt!);
    const startedAt = new Date(Date.parse(timer.startedAt) + paused).toISOString();
    return headerPatch(doc, { timer: { ...timer, startedAt } });
  },
});

/** `timer.stop`: takes the countdown away. */
export const timerStop = defineCommand({
  id: 'timer.stop',
  canExecute: (doc, _params: Record<string, never>, lang) => noTimer(doc, lang),
  execute: (doc) => headerPatch(doc, { timer: null }),
});
