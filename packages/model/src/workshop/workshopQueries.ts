import { recordsOf } from '../commands/documentIds';
import type { ProcessDocument } from '../types/process';
import { DEFAULT_VOTE_BUDGET, type WasteKind, type WorkshopTimer } from '../types/workshop';

/** Dots each participant may place in `doc`. Pure. */
export function voteBudgetOf(doc: ProcessDocument): number {
  return doc.voteBudget ?? DEFAULT_VOTE_BUDGET;
}

/** How many dots `participant` has placed in `doc` (votes for removed elements included). Pure. */
export function votesUsed(doc: ProcessDocument, participant: string): number {
  return recordsOf(doc, 'votes').filter((v) => v.by === participant).length;
}

/** The dots `participant` still has. Pure. */
export function votesLeft(doc: ProcessDocument, participant: string): number {
  return Math.max(0, voteBudgetOf(doc) - votesUsed(doc, participant));
}

/** What a note, tag or vote can name: a step, a flow, a role or a note. */
export type WorkshopTargetKind = 'step' | 'flow' | 'role' | 'note';

/** The kind of element `id` names in `doc`, or undefined when there is none. Pure. */
export function targetKind(doc: ProcessDocument, id: string): WorkshopTargetKind | undefined {
  if (doc.steps.some((s) => s.id === id)) return 'step';
  if (doc.flows.some((f) => f.id === id)) return 'flow';
  if (doc.roles.some((r) => r.id === id)) return 'role';
  if (recordsOf(doc, 'notes').some((n) => n.id === id)) return 'note';
  return undefined;
}

/** The id `waste.tag` callers give the tag of `waste` on `step`, the same on every client. Pure. */
export function wasteTagId(step: string, waste: WasteKind): string {
  return `waste.${step}.${waste}`;
}

/** One line of the ranked dot-vote results. */
export interface VoteResult {
  /** The step or note voted for. */
  on: string;
  kind: 'step' | 'note';
  votes: number;
  /** Each participant who voted for it, with their dots, in first-vote order. */
  voters: Array<{ by: string; votes: number }>;
}

/**
 * The dot-vote results of `doc`, most votes first (ties in the order the elements were first voted
 * for). Votes for removed elements are left out. Pure.
 */
export function rankVotes(doc: ProcessDocument): VoteResult[] {
  const byTarget = new Map<string, VoteResult>();
  for (const vote of recordsOf(doc, 'votes')) {
    let result = byTarget.get(vote.on);
    if (!result) {
      const kind = targetKind(doc, vote.on);
      if (kind !== 'step' && kind !== 'note') continue;
      result = { on: vote.on, kind, votes: 0, voters: [] };
      byTarget.set(vote.on, result);
    }
    result.votes += 1;
    const voter = result.voters.find((v) => v.by === vote.by);
    if (voter) voter.votes += 1;
    else result.voters.push({ by: vote.by, votes: 1 });
  }
  return [...byTarget.values()].sort((a, b) => b.votes - a.votes);
}

/** The number of votes for each step or note of `doc` that has any. Pure. */
export function voteCounts(doc: ProcessDocument): Map<string, number> {
  return new Map(rankVotes(doc).map((r) => [r.on, r.votes]));
}

/**
 * Seconds left on `timer` at `now` (milliseconds since 1970), never below 0; a paused timer is
 * frozen at its pause. Pure.
 */
export function timerRemaining(timer: WorkshopTimer, now: number): number {
  const end = timer.pausedAt === undefined ? now : Date.parse(timer.pausedAt);
  const elapsed = (end - Date.parse(timer.startedAt)) / 1000;
  return Math.max(0, timer.duration - elapsed);
}
