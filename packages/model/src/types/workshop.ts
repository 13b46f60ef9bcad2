/**
 * Workshop material kept with a process document (issue 15): sticky notes, waste tags, dot votes,
 * the facilitator's timer and the parking lot. All optional; see the model README, "Fields beyond
 * FORMAT.md: workshop material".
 */

/** Lean's eight wastes, TIMWOODS order (八大浪费). */
export const LEAN_WASTES = [
  'transport',
  'inventory',
  'motion',
  'waiting',
  'overProcessing',
  'overProduction',
  'defects',
  'unusedTalent',
] as const;

/** The pain points workshops name besides the eight wastes. */
export const PAIN_POINTS = [
  'bottleneck',
  'redundantStep',
  'poorCommunication',
  'unclearDuty',
] as const;

/** Every tag a step can carry: the eight wastes, then the pain points. */
export const WASTE_KINDS = [...LEAN_WASTES, ...PAIN_POINTS] as const;

/** A waste or pain point a step can be tagged with. */
export type WasteKind = (typeof WASTE_KINDS)[number];

/** The colours of sticky notes. */
export const NOTE_COLOURS = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'] as const;

/** The colour of a sticky note. */
export type NoteColour = (typeof NOTE_COLOURS)[number];

/** Dots each participant may place when the document names no `voteBudget`. */
export const DEFAULT_VOTE_BUDGET = 5;

/**
 * A sticky note: attached to a step, a flow or a role (lane) by `on`, or free on the canvas at
 * `position`. A note whose element was removed stays (undo brings the element back) and is shown
 * free.
 */
export interface WorkshopNote {
  id: string;
  text: string;
  /** The participant who wrote it. */
  author?: string;
  /** When it was written: ISO 8601 date and time (`2026-12-06T13:05:00Z`). */
  createdAt?: string;
  /** Default yellow. */
  colour?: NoteColour;
  resolved?: boolean;
  /** Id of the step, flow or role it is attached to; absent for a free note. */
  on?: string;
  /** Where a free note sits on the map (its top-left corner, map coordinates). */
  position?: { x: number; y: number };
}

/** One waste or pain point named on one step. */
export interface WasteTag {
  id: string;
  /** Id of the step. */
  step: string;
  waste: WasteKind;
  /** The participant who tagged it. */
  author?: string;
}

/** One dot of dot voting: a participant's vote for a step or a note (a problem). */
export interface DotVote {
  id: string;
  /** The participant's name; every participant has the document's `voteBudget` dots. */
  by: string;
  /** Id of the step or note voted for. */
  on: string;
}

/** Something raised in the workshop that is set aside for later (停车场). */
export interface ParkingItem {
  id: string;
  text: string;
  author?: string;
  /** ISO 8601 date and time. */
  createdAt?: string;
  /** Dealt with. */
  done?: boolean;
}

/**
 * The facilitator's countdown everyone sees. Running while `pausedAt` is absent: the time left is
 * `duration` minus the time since `startedAt`; paused, it is frozen at `pausedAt`.
 */
export interface WorkshopTimer {
  /** Length in seconds. */
  duration: number;
  /** ISO 8601 date and time it started (moved on by the length of each pause). */
  startedAt: string;
  /** ISO 8601 date and time it was paused. */
  pausedAt?: string;
  /** What the time box is for ("Brainstorm wastes"). */
  label?: string;
}
