import { defineCommand } from '../commands/command';
import { checkNewId, recordsOf } from '../commands/documentIds';
import { recordEntry } from '../commands/recordEntry';
import { refusal } from '../messages/commandMessages';
import type { DotVote } from '../types/workshop';
import { appendPatch, headerPatch } from './workshopPatch';
import { targetKind, voteBudgetOf, votesUsed } from './workshopQueries';

/** The largest number of dots a participant may be given. */
export const MAX_VOTE_BUDGET = 99;

/** `vote.cast`: places one of `by`'s dots on a step or a note; refused once the budget is used. */
export const voteCast = defineCommand({
  id: 'vote.cast',
  canExecute(doc, vote: DotVote, lang) {
    if (typeof vote.by !== 'string' || vote.by.trim() === '') {
      return refusal('vote.voter', {}, lang);
    }
    const kind = targetKind(doc, vote.on);
    if (kind !== 'step' && kind !== 'note')
      return refusal('vote.target', { on: String(vote.on) }, lang);
    const budget = voteBudgetOf(doc);
    if (votesUsed(doc, vote.by) >= budget) {
      return refusal('vote.overBudget', { by: vote.by, budget }, lang);
    }
    return checkNewId(doc, vote.id, lang);
  },
  execute: (doc, { id, by, on }) => appendPatch(doc, 'votes', { id, by, on }),
});

/** `vote.retract`: takes back `by`'s latest dot on `on`. */
export const voteRetract = defineCommand({
  id: 'vote.retract',
  canExecute(doc, { by, on }: { by: string; on: string }, lang) {
    const has = recordsOf(doc, 'votes').some((v) => v.by === by && v.on === on);
    return has ? null : refusal('vote.none', { by: String(by), on: String(on) }, lang);
  },
  execute(doc, { by, on }) {
    const votes = recordsOf(doc, 'votes');
    const index = votes.findLastIndex((v) => v.by === by && v.on === on);
    return { added: [], updated: [], removed: [recordEntry('votes', index, votes[index]!)] };
  },
});

/** `votes.clear`: removes every vote (a new round), or only those of participant `by`. */
export const votesClear = defineCommand({
  id: 'votes.clear',
  canExecute: (_doc, _params: { by?: string }) => null,
  execute(doc, { by }) {
    const removed = recordsOf(doc, 'votes').flatMap((v, i) =>
      by === undefined || v.by === by ? [recordEntry('votes', i, v)] : [],
    );
    return { added: [], updated: [], removed };
  },
});

/** `vote.budget`: sets the dots each participant may place (1 to 99). */
export const voteBudget = defineCommand({
  id: 'vote.budget',
  canExecute(_doc, { budget }: { budget: number }, lang) {
    const ok = Number.isInteger(budget) && budget >= 1 && budget <= MAX_VOTE_BUDGET;
    return ok ? null : refusal('vote.budget', { value: budget }, lang);
  },
  execute: (doc, { budget }) => headerPatch(doc, { voteBudget: budget }),
});
