import type { Lang, Role } from '@flowsmith/model';
import { miningMessage } from '../messages/miningMessages';

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
  /** Role ids whose people became members. */
  members: readonly string[];
  /** Activities worked as scheduled batches. */
  batches: readonly string[];
  /** Whether the arrival has a profile. */
  profile: boolean;
  /** The zone the hours were read in, as given (else UTC). */
  zone?: string;
}

/**
 * The discovered document's description in `lang`: how it was found (cases, events, noise, the
 * fitting criterion), touch or sojourn times, which roles got calendars read from the log (in
 * which zone), which took the log's hours or none for too few events, which got members, which
 * activities are scheduled batches, and whether arrivals follow a profile. Pure.
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
  if (f.batches.length)
    say.push(miningMessage('discover.batch', { tasks: f.batches.join(', ') }, lang));
  if (f.profile) say.push(miningMessage('discover.profile', {}, lang));
  if (f.tooFew.length)
    say.push(miningMessage('discover.noCalendar', { roles: names(f.tooFew) }, lang));
  return say.join(' ');
}
