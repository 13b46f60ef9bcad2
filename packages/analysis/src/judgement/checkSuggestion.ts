import type { CommandCall, Duty, Flow, TaskStep } from '@flowsmith/model';
import { formatPercent } from '../messages';
import type { RuleContext } from '../ruleContext';
import type { Suggestion } from '../types';
import { authorityOf } from './authorityOf';
import { DUTY_PAIRS, dutiesOf } from './dutyCatalogue';
import { allowedPairs } from './dutyConflicts';
import { judgementMessage } from './judgementMessages';
import { judgementOf, type Judgement } from './judgementOf';

/** Why the guard refuses a suggestion: a stable code and a sentence. */
export interface Refusal {
  code:
    | 'removes-control'
    | 'merges-control'
    | 'bypasses-control'
    | 'duty-conflict'
    | 'overloads-role'
    | 'new-bottleneck';
  /** The control step the refusal is about, for the control-keeping suggestions. */
  control?: string;
  reason: string;
}

/** Utilisation above which no suggestion may move work onto a role (issue 13). */
export const MAX_UTILIZATION = 0.8;

/**
 * Below this utilisation a role's queue is short (an M/M/1 wait under one service time), so
 * becoming the busiest role does not make it a bottleneck worth refusing a move for.
 */
export const NEGLIGIBLE_LOAD = 0.5;

type Params = Record<string, unknown>;
const params = (c: CommandCall): Params => (c.params ?? {}) as Params;
const changesOf = (c: CommandCall): Params => (params(c).changes ?? {}) as Params;

/**
 * Whether `suggestion` may be offered: null when it may, else why not. Refused: removing,
 * merging away or bypassing a control (rewiring its flows, changing its threshold flow, making it
 * not an approval or review, giving it to a role of lower authority); giving one role both
 * duties of an incompatible pair; moving work onto a role that would be busy more than 80 %
 * or, from half busy on, as busy as today's bottleneck. Reads the commands only, without applying
 * them, so it is cheap. Pure.
 */
export function checkSuggestion(ctx: RuleContext, suggestion: Suggestion): Refusal | null {
  const j = judgementOf(ctx);
  return (
    controlRefusal(ctx, j, suggestion.commands) ??
    dutyRefusal(ctx, j, suggestion.commands) ??
    loadRefusal(ctx, suggestion.commands)
  );
}

function controlRefusal(ctx: RuleContext, j: Judgement, calls: CommandCall[]): Refusal | null {
  const lang = ctx.lang;
  const refuse = (code: 'removes-control' | 'merges-control' | 'bypasses-control', id: string) => ({
    code,
    control: id,
    reason: judgementMessage(
      `withheld.${code}`,
      { control: ctx.name(id), evidence: j.controls.get(id)!.evidence[lang] },
      lang,
    ),
  });
  const connected = calls
    .filter((c) => c.id === 'flow.connect')
    .map((c) => params(c) as unknown as Flow);
  for (const call of calls) {
    const p = params(call);
    if (call.id === 'steps.remove') {
      const hit = ((p.ids as string[] | undefined) ?? []).find((id) => j.controls.has(id));
      if (hit) return refuse('removes-control', hit);
    }
    if (call.id === 'steps.merge') {
      const hit = ((p.ids as string[] | undefined) ?? []).find((id) => j.controls.has(id));
      if (hit) return refuse('merges-control', hit);
    }
    if (call.id === 'step.update' && j.controls.has(p.id as string)) {
      const id = p.id as string;
      const ch = changesOf(call);
      const step = ctx.graph.step(id);
      const weaker =
        ('kind' in ch && ch.kind !== (step?.type === 'task' ? step.kind : undefined)) ||
        ('control' in ch && ch.control !== true && step?.type === 'task' && step.control) ||
        ('role' in ch &&
          lowerAuthority(ctx, step?.type === 'task' ? step.role : undefined, ch.role));
      if (weaker) return refuse('bypasses-control', id);
    }
    if (call.id === 'flow.disconnect' || call.id === 'flow.update') {
      const flow = ctx.graph.flow(p.id as string);
      if (!flow) continue;
      const gated = j.gates.get(flow.id);
      if (gated) {
        const kept = connected.some((f) => f.condition === flow.condition && f.to === flow.to);
        const harmless =
          call.id === 'flow.update' &&
          !['condition', 'probability', 'to', 'from', 'label'].some((k) => k in changesOf(call));
        if (!kept && !harmless) return refuse('bypasses-control', gated);
      }
      for (const [end, side] of [
        [flow.to, 'to'],
        [flow.from, 'from'],
      ] as const) {
        if (!j.controls.has(end)) continue;
        const rewired = call.id === 'flow.update' && side in changesOf(call);
        if (call.id === 'flow.update' && !rewired) continue;
        if (!connected.some((f) => f[side] === end)) return refuse('bypasses-control', end);
      }
    }
  }
  return null;
}

/** Whether giving a control to role `to` lowers who signs it (no role at all is lowest). */
function lowerAuthority(ctx: RuleContext, from: string | undefined, to: unknown): boolean {
  if (typeof to !== 'string') return true;
  const level = (id: string | undefined) => authorityOf(ctx.doc.roles.find((r) => r.id === id));
  return level(to) < level(from);
}

/** Who does each task after the suggestion: reassignments, merges and role removals. */
function assignmentAfter(j: Judgement, calls: CommandCall[]): Map<string, string> {
  const who = new Map<string, string>();
  const roleOf = (id: string) => who.get(id) ?? j.byId.get(id)?.role;
  for (const call of calls) {
    const p = params(call);
    if (call.id === 'step.update' && typeof changesOf(call).role === 'string')
      who.set(p.id as string, changesOf(call).role as string);
    if (call.id === 'steps.merge') {
      const [first, ...rest] = (p.ids as string[] | undefined) ?? [];
      const role = first === undefined ? undefined : roleOf(first);
      if (role) for (const id of rest) who.set(id, role);
    }
    // A role removal is rare; walking every task once for it is fine.
    if (call.id === 'role.remove' && typeof p.reassignTo === 'string') {
      for (const t of j.tasks) if (roleOf(t.id) === p.id) who.set(t.id, p.reassignTo);
    }
  }
  return who;
}

/** Refuses a move that gives a role a duty whose incompatible partner it holds (after the move). */
function dutyRefusal(ctx: RuleContext, j: Judgement, calls: CommandCall[]): Refusal | null {
  const who = assignmentAfter(j, calls);
  if (!who.size) return null;
  const allowed = allowedPairs(ctx.doc);
  const roleAfter = (t: TaskStep) => who.get(t.id) ?? t.role;
  for (const [stepId, role] of who) {
    const step = j.byId.get(stepId);
    if (!step || step.role === role) continue;
    const held = new Set<Duty>();
    const others = [...(j.byRole.get(role) ?? []), ...[...who.keys()].map((id) => j.byId.get(id))];
    for (const t of others)
      if (t && t.id !== stepId && roleAfter(t) === role) for (const d of dutiesOf(t)) held.add(d);
    const mine = dutiesOf(step);
    const pair = DUTY_PAIRS.find(
      ({ id, duties: [a, b] }) =>
        !allowed.has(id) &&
        ((mine.includes(a) && held.has(b)) || (mine.includes(b) && held.has(a))),
    );
    if (pair)
      return {
        code: 'duty-conflict',
        reason: judgementMessage(
          'withheld.duty-conflict',
          { role: ctx.name(role), pair: pair.name[ctx.lang], risk: pair.risk[ctx.lang] },
          ctx.lang,
        ),
      };
  }
  return null;
}

function loadRefusal(ctx: RuleContext, calls: CommandCall[]): Refusal | null {
  const m = ctx.metrics;
  if (!(m.arrivalRate > 0)) return null;
  const j = judgementOf(ctx);
  const who = assignmentAfter(j, calls);
  const gained = new Map<string, number>();
  for (const [stepId, role] of who) {
    const before = j.byId.get(stepId)?.role;
    if (before === role) continue;
    const s = m.steps[stepId];
    if (!s) continue;
    gained.set(role, (gained.get(role) ?? 0) + s.visits * s.serviceMean);
  }
  const capacityAfter = new Map<string, number>();
  for (const call of calls) {
    const changes = call.id === 'role.update' ? changesOf(call) : undefined;
    // A role of named people has as much capacity as it has people.
    const cap = Array.isArray(changes?.members) ? changes.members.length : changes?.capacity;
    if (typeof cap === 'number') capacityAfter.set(params(call).id as string, cap);
  }
  const worst = m.bottleneck;
  for (const [role, work] of gained) {
    const r = m.roles[role];
    const record = ctx.doc.roles.find((x) => x.id === role);
    if (!r || !record || !(r.availability > 0) || !(work > 0)) continue;
    const capacity = capacityAfter.get(role) ?? r.capacity;
    const after = (m.arrivalRate * (r.workPerCase + work)) / (capacity * r.availability);
    if (after > MAX_UTILIZATION) {
      return {
        code: 'overloads-role',
        reason: judgementMessage(
          'withheld.overloads-role',
          { role: ctx.name(role), utilization: formatPercent(after) },
          ctx.lang,
        ),
      };
    }
    if (worst && after >= worst.utilization && after >= NEGLIGIBLE_LOAD) {
      return {
        code: 'new-bottleneck',
        reason: judgementMessage(
          'withheld.new-bottleneck',
          {
            role: ctx.name(role),
            utilization: formatPercent(after),
            before: formatPercent(worst.utilization),
          },
          ctx.lang,
        ),
      };
    }
  }
  return null;
}
