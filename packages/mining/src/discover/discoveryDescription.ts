import type { Calendar, Lang, Role } from '@flowsmith/model';
import { miningMessage } from '../messages/miningMessages';
import type { SizeWindowBatch } from './batchesBySizeOrWindow';

/** What discovery found that its document's description states. */
export interface DescriptionFacts {
  cases: number;
  events: number;
  noise: number;
  durations: 'touch' | 'sojourn' | 'none';
  roles: readonly Role[];
  /** Role ids: with too few events of their own, given the log's hours / given none. */
  pooled: readonly string[];
  tooFew: readonly string[];
  /** Role ids whose people became members for keeping different hours. */
  members: readonly string[];
  /** Role ids whose people became members with speeds of their own. */
  speeds?: readonly string[];
  /** Activities worked as scheduled batches. */
  batches: readonly string[];
  /** Activities worked in batches released by size or window (`batchesBySizeOrWindow`). */
  gathered?: readonly Pick<SizeWindowBatch, 'activity' | 'size' | 'window' | 'perCase'>[];
  /** Whether the arrival has a profile. */
  profile: boolean;
  /** Activities nobody is named on, written as waits (timers; `unstaffedWaits`). */
  waits?: readonly string[];
  /** The calendars found, to tell which roles' hours have breaks. */
  calendars?: readonly Calendar[];
  /** The zone the hours were read in, as given (else UTC). */
  zone?: string;
}

/** Whether some weekday of `calendar` has more than one block (a break within the day). */
function hasBreak(calendar: Calendar | undefined): boolean {
  const days = (calendar?.week ?? []).flatMap((w) => w.days);
  return new Set(days).size < days.length;
}

/**
 * The discovered document's description in `lang`: how it was found (cases, events, noise, the
 * fitting criterion), touch or sojourn times, which roles got calendars read from the log (in
 * which zone), which took the log's hours or none for too few events, whose hours have a break
 * within the day, which got members for their hours and which for their speeds, which
 * activities are scheduled batches or batches by size or window (how they are released), and whether arrivals follow a profile. Pure.
 */
export function discoveryDescription(f: DescriptionFacts, lang: Lang): string {
  const names = (ids: readonly string[]) =>
    ids.map((id) => f.roles.find((r) => r.id === id)?.name ?? id).join(', ');
  const calendared = f.roles.filter((r) => r.calendar);
  const say: string[] = [
    miningMessage(
      'discover.description',
      { cases: f.cases, events: f.events, noise: f.noise, criterion: 'AIC' },
      lang,
    ),
  ];
  if (f.durations !== 'none')
    say.push(
      miningMessage(f.durations === 'touch' ? 'discover.touch' : 'discover.sojourn', {}, lang),
    );
  if (calendared.length)
    say.push(
      miningMessage(
        'discover.calendars',
        { roles: calendared.map((r) => r.name).join(', '), zone: f.zone ?? 'UTC' },
        lang,
      ),
    );
  if (f.pooled.length)
    say.push(miningMessage('discover.pooledCalendar', { roles: names(f.pooled) }, lang));
  if (f.members.length)
    say.push(miningMessage('discover.members', { roles: names(f.members) }, lang));
  if (f.speeds?.length)
    say.push(miningMessage('discover.speeds', { roles: names(f.speeds) }, lang));
  const broken = calendared.filter((r) => hasBreak(f.calendars?.find((c) => c.id === r.calendar)));
  if (broken.length)
    say.push(
      miningMessage('discover.breaks', { roles: broken.map((r) => r.name).join(', ') }, lang),
    );
  if (f.batches.length)
    say.push(miningMessage('discover.batch', { tasks: f.batches.join(', ') }, lang));
  for (const b of f.gathered ?? [])
    say.push(
      miningMessage(
        'discover.gatheredBatch',
        { task: b.activity, size: b.size ?? 0, window: b.window ?? 0, perCase: b.perCase ?? 0 },
        lang,
      ),
    );
  if (f.profile) say.push(miningMessage('discover.profile', {}, lang));
  if (f.waits?.length)
    say.push(miningMessage('discover.waits', { tasks: f.waits.join(', ') }, lang));
  if (f.tooFew.length)
    say.push(miningMessage('discover.noCalendar', { roles: names(f.tooFew) }, lang));
  return say.join(' ');
}
