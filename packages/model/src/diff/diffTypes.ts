import type { StepType } from '../types/step';

/** How a to-be step was paired with an as-is step (SPEC: DIFF-1..3). */
export type MatchRule = 'id' | 'name' | 'neighbours';

/** An as-is step and the to-be step that continues it. */
export interface StepMatch {
  asIs: string;
  toBe: string;
  by: MatchRule;
}

/** The fields of a step or flow that can differ, as named in FORMAT.md. */
export type FieldName = string;

/** What happened to one step between the as-is and the to-be. */
export type StepChange =
  | { kind: 'added'; toBe: string; type: StepType }
  | { kind: 'removed'; asIs: string; type: StepType }
  /** Same step, other field values (`fields` never contains `role`: that is `moved`). */
  | { kind: 'changed'; asIs: string; toBe: string; fields: FieldName[] }
  /** Done by another role (`fields` may list further changes besides `role`). */
  | {
      kind: 'moved';
      asIs: string;
      toBe: string;
      from: string | null;
      to: string | null;
      fields: FieldName[];
    }
  /** Several as-is tasks became one to-be task; `asIs` lists them in document order. */
  | { kind: 'merged'; asIs: string[]; toBe: string; fields: FieldName[] };

/** What happened to one flow, matched by its (matched) endpoints rather than its id. */
export type FlowChange =
  | { kind: 'added'; toBe: string }
  | { kind: 'removed'; asIs: string }
  | { kind: 'changed'; asIs: string; toBe: string; fields: FieldName[] };

/** What happened to one role, matched by id. */
export type RoleChange =
  | { kind: 'added'; id: string }
  | { kind: 'removed'; id: string }
  | { kind: 'changed'; id: string; fields: FieldName[] };

/** How a step looks in the diff, for colouring maps: `same` when nothing about it changed. */
export type StepStatus = 'same' | 'added' | 'removed' | 'changed' | 'moved' | 'merged';

/**
 * Changes that only make sense together (a removed step and the flow that bypasses it), so they
 * are applied, attributed and listed as one. Ids are as-is ids for as-is things, to-be ids for
 * to-be things.
 */
export interface ChangeGroup {
  /** Stable within one diff: `g1`, `g2`, … in the order of the change list. */
  id: string;
  /** The main kind of change, for the title: the first step change's kind, else `rewired` or `role`. */
  kind: StepChange['kind'] | 'rewired' | 'role';
  /** Indexes into {@link ProcessDiff.steps}, {@link ProcessDiff.flows}, {@link ProcessDiff.roles}. */
  steps: number[];
  flows: number[];
  roles: number[];
}

/** Everything that differs between two versions of a process (see packages/model/src/diff/SPEC.md). */
export interface ProcessDiff {
  matches: StepMatch[];
  steps: StepChange[];
  flows: FlowChange[];
  roles: RoleChange[];
  groups: ChangeGroup[];
  /** Status of every as-is step and of every to-be step, by id. */
  asIsStatus: Record<string, StepStatus>;
  toBeStatus: Record<string, StepStatus>;
  /** Whether the two documents are the same process (no change at all). */
  identical: boolean;
}
