import type { CommandCall, Member, Role, Step, TaskStep } from '@flowsmith/model';
import { analysisMessage, type AnalysisMessageCode, type AnalysisMessageParams } from '../messages';
import type { RuleContext } from '../ruleContext';
import type { Finding, Suggestion, SuggestionMove } from '../types';
import { splitDutySuggestion } from '../judgement/splitDutySuggestion';
import { removeStepCommands } from './removeStepCommands';
import { delaySuggestions } from './delaySuggestions';
import { rebalanceSuggestion } from './rebalanceSuggestion';
import { reworkSuggestion } from './reworkSuggestion';
import { shortenStepSuggestion } from './shortenStepSuggestion';

/** Utilisation a role is given capacity for by an add-capacity suggestion. */
export const TARGET_UTILIZATION = 0.8;

/**
 * The suggestions (ECRS moves, reassigning, adding capacity) that address `finding`, each as
 * model commands. Pure. Steps marked `control` are never suggested for removal.
 */
export function suggestionsFor(ctx: RuleContext, finding: Finding): Suggestion[] {
  const make = <C extends AnalysisMessageCode>(
    move: SuggestionMove,
    code: C,
    params: AnalysisMessageParams[C],
    commands: CommandCall[] | null,
    touches: string[],
  ): Suggestion[] => suggestion(ctx, finding, move, code, params, commands, touches);
  const step = (id: string | undefined): Step | undefined =>
    id === undefined ? undefined : ctx.graph.step(id);
  const removable = (s: Step | undefined): s is TaskStep =>
    s?.type === 'task' && s.control !== true;
  const [s0, s1] = finding.steps;
  // Eliminating a step: its commands rewire the flows around it, and its neighbours are touched.
  const removeStep = (id: string): Suggestion[] =>
    make(
      'eliminate',
      'suggest.remove-step',
      { names: [ctx.name(id)] },
      removeStepCommands(ctx.graph, ctx.ids, id),
      neighbourhood(ctx, id),
    );

  switch (finding.kind) {
    case 'overload':
    case 'bottleneck': {
      const roleId = finding.roles[0]!;
      const role = ctx.doc.roles.find((r) => r.id === roleId);
      const r = ctx.metrics.roles[roleId];
      if (
        !role ||
        !r ||
        !Number.isFinite(r.workPerCase) ||
        ctx.metrics.arrivalRate <= 0 ||
        r.availability <= 0
      )
        return [];
      const from = role.members?.length || (role.capacity ?? 1);
      const to = Math.max(
        from + 1,
        Math.ceil(
          (ctx.metrics.arrivalRate * r.workPerCase) / (TARGET_UTILIZATION * r.availability),
        ),
      );
      return [
        ...make(
          'add-capacity',
          'suggest.add-capacity',
          { role: ctx.name(roleId), from, to },
          [{ id: 'role.update', params: { id: roleId, changes: capacityChanges(ctx, role, to) } }],
          [roleId],
        ),
        ...rebalanceSuggestion(ctx, finding),
      ];
    }
    case 'redundant-approval': {
      if (!removable(step(s1))) return [];
      const params = { a: ctx.name(s0!), b: ctx.name(s1!) };
      return make(
        'eliminate',
        'suggest.skip-approval',
        params,
        removeStepCommands(ctx.graph, ctx.ids, s1!),
        neighbourhood(ctx, s1!),
      );
    }
    case 'duplicate-steps': {
      // Drop the copy marked NVA if there is one, else the later one; never a control.
      const pair = [step(s0), step(s1)].filter(removable);
      const drop = pair.find((s) => s.value === 'NVA') ?? pair.find((s) => s.id === s1) ?? pair[0];
      if (!drop) return [];
      return removeStep(drop.id);
    }
    case 'non-value-adding': {
      const s = step(s0);
      // A re-entry step (修改后重新提交) is rework: fix it at the source, not by removing it.
      if (s?.type === 'task' && s.value !== 'NVA') return reworkSuggestion(ctx, finding);
      if (!removable(s) || s.value !== 'NVA') return [];
      const removal = removeStep(s.id);
      return removal.length ? removal : shortenStepSuggestion(ctx, finding, s);
    }
    case 'superfluous-gateway':
      return make(
        'simplify',
        'suggest.remove-gateway',
        { names: [ctx.name(s0!)] },
        removeStepCommands(ctx.graph, ctx.ids, s0!),
        neighbourhood(ctx, s0!),
      );
    case 'combine-candidate':
      return make(
        'combine',
        'suggest.merge-steps',
        { a: ctx.name(s0!), b: ctx.name(s1!) },
        [{ id: 'steps.merge', params: { ids: [s0!, s1!] } }],
        [...neighbourhood(ctx, s0!), ...neighbourhood(ctx, s1!)],
      );
    case 'parallelize-candidate':
      return make(
        'rearrange',
        'suggest.parallelize',
        { a: ctx.name(s0!), b: ctx.name(s1!) },
        parallelizeCommands(ctx, s0!, s1!),
        [...neighbourhood(ctx, s0!), ...neighbourhood(ctx, s1!)],
      );
    case 'duplicate-flow': {
      const extra = ctx.graph
        .outgoing(s0!)
        .filter((f) => f.to === s1)
        .slice(1);
      return make(
        'simplify',
        'suggest.remove-flow',
        { a: ctx.name(s0!), b: ctx.name(s1!) },
        extra.map((f) => ({ id: 'flow.disconnect', params: { id: f.id } })),
        [s0!, s1!],
      );
    }
    case 'probabilities': {
      const flows = ctx.graph.outgoing(s0!);
      const sum = flows.reduce((a, f) => a + (f.probability ?? NaN), 0);
      if (!(sum > 0) || flows.some((f) => !(f.probability! >= 0))) return [];
      const calls: CommandCall[] = flows.map((f) => ({
        id: 'flow.update',
        params: { id: f.id, changes: { probability: f.probability! / sum } },
      }));
      return make('simplify', 'suggest.fix-probabilities', { step: ctx.name(s0!) }, calls, [s0!]);
    }
    case 'raci-conflict': {
      const s = step(s0);
      if (s?.type !== 'task' || !s.raci || !s.role) return [];
      const raci = {
        ...s.raci,
        consulted: (s.raci.consulted ?? []).filter((r) => r !== s.role),
        informed: (s.raci.informed ?? []).filter((r) => r !== s.role),
      };
      return make(
        'simplify',
        'suggest.reassign',
        { step: ctx.name(s.id), role: ctx.name(s.role) },
        [{ id: 'step.update', params: { id: s.id, changes: { raci } } }],
        [s.id],
      );
    }
    case 'handoff-ping-pong':
      return pingPongReassign(ctx, finding);
    case 'delay':
      return delaySuggestions(ctx, finding);
    case 'rework-loop':
      return reworkSuggestion(ctx, finding);
    case 'duty-conflict':
      return splitDutySuggestion(ctx, finding);
    default:
      return [];
  }
}

/** One suggestion for `finding`, or none when there are no commands. */
function suggestion<C extends AnalysisMessageCode>(
  ctx: RuleContext,
  finding: Finding,
  move: SuggestionMove,
  code: C,
  params: AnalysisMessageParams[C],
  commands: CommandCall[] | null,
  touches: string[],
): Suggestion[] {
  return commands && commands.length
    ? [
        {
          id: `${move}:${finding.id}`,
          move,
          message: analysisMessage(code, params, ctx.lang),
          commands,
          touches: [...new Set(touches)],
        },
      ]
    : [];
}

/**
 * What removing or merging a step touches: the step, the steps it has flows with, and its role
 * (whose load changes, so adding capacity to it in the same round would be judged on stale figures).
 */
function neighbourhood(ctx: RuleContext, id: string): string[] {
  const s = ctx.graph.step(id);
  const role = s?.type === 'task' && s.role ? [s.role] : [];
  return [id, ...ctx.graph.predecessors(id), ...ctx.graph.successors(id), ...role];
}

/** Reassign the middle task of an A→B→A bounce to A, when it is ordinary work (not a check, approval or control). */
function pingPongReassign(ctx: RuleContext, finding: Finding): Suggestion[] {
  const [a, b] = finding.roles as [string, string];
  const { transitions, graph } = ctx.figures;
  const roleOf = (i: number) => {
    const s = graph.steps[i]!;
    return s.type === 'task' ? s.role : undefined;
  };
  const movable = (s: Step | undefined): s is TaskStep =>
    s?.type === 'task' && !s.control && (s.kind ?? 'manual') !== 'approval' && s.kind !== 'review';
  for (const t1 of transitions) {
    const outer = roleOf(t1.from);
    const inner = roleOf(t1.to);
    if (!outer || !inner || outer === inner || ![a, b].includes(outer) || ![a, b].includes(inner))
      continue;
    const back = transitions.find((t2) => t2.from === t1.to && roleOf(t2.to) === outer);
    if (!back) continue;
    // outer → inner → outer: the inner step goes to the outer role, or the step it hands back
    // to goes to the inner role; the guard keeps the ones that overload nobody.
    const options: Array<[TaskStep | undefined, string]> = [
      [graph.steps[t1.to] as TaskStep, outer],
      [graph.steps[back.to] as TaskStep, inner],
    ];
    const found = options.flatMap(([step, role], k) =>
      movable(step) ? reassign(ctx, finding, step.id, role, [t1.to, back.to, outer, inner], k) : [],
    );
    if (found.length) return found;
  }
  return [];
}

/** Moving `stepId` to `roleId`, and the same move with the people for it when it would overload. */
function reassign(
  ctx: RuleContext,
  finding: Finding,
  stepId: string,
  roleId: string,
  touched: Array<number | string>,
  option: number,
): Suggestion[] {
  const touches = touched.map((t) => (typeof t === 'number' ? ctx.figures.graph.steps[t]!.id : t));
  const move: CommandCall = {
    id: 'step.update',
    params: { id: stepId, changes: { role: roleId } },
  };
  const suffix = option === 0 ? '' : `:${option}`;
  const params = { step: ctx.name(stepId), role: ctx.name(roleId) };
  const moved = suggestion(ctx, finding, 'reassign', 'suggest.reassign', params, [move], touches);
  const grown = capacityFor(ctx, roleId, stepId);
  const staffed = grown
    ? suggestion(
        ctx,
        finding,
        'reassign',
        'suggest.reassign-with-capacity',
        { ...params, ...grown },
        [
          move,
          {
            id: 'role.update',
            params: {
              id: roleId,
              changes: capacityChanges(
                ctx,
                ctx.doc.roles.find((r) => r.id === roleId)!,
                grown.to,
              ),
            },
          },
        ],
        touches,
      ).map((s) => ({ ...s, id: `${s.id}${suffix}:staffed` }))
    : [];
  return [...moved.map((s) => ({ ...s, id: `${s.id}${suffix}` })), ...staffed];
}

/**
 * The capacity `roleId` needs to stay at `TARGET_UTILIZATION` once it also does `stepId`, when
 * that is more than it has; null when it has enough (or the figures are unbounded). Pure.
 */
function capacityFor(
  ctx: RuleContext,
  roleId: string,
  stepId: string,
): { from: number; to: number } | null {
  const role = ctx.doc.roles.find((r) => r.id === roleId);
  const r = ctx.metrics.roles[roleId];
  const s = ctx.metrics.steps[stepId];
  if (!role || !r || !s || ctx.metrics.arrivalRate <= 0 || r.availability <= 0) return null;
  const work = r.workPerCase + s.visits * s.serviceMean;
  const from = role.members?.length || (role.capacity ?? 1);
  const to = Math.ceil(
    (ctx.metrics.arrivalRate * work) / (TARGET_UTILIZATION * r.availability) - 1e-9,
  );
  return Number.isFinite(to) && to > from ? { from, to } : null;
}

/**
 * The role change that gives `role` capacity `to`: the capacity, or for a role of named people
 * (`members`, whose number is its capacity) new people with fresh ids at the role's calendar,
 * cost and speed. Pure apart from drawing ids from the context's pool.
 */
function capacityChanges(ctx: RuleContext, role: Role, to: number): Record<string, unknown> {
  const members = role.members ?? [];
  if (members.length === 0) return { capacity: to };
  const added: Member[] = [];
  for (let k = members.length; k < to; k++) added.push({ id: ctx.ids.fresh(`${role.id}-person`) });
  return role.capacity === undefined
    ? { members: [...members, ...added] }
    : { members: [...members, ...added], capacity: to };
}

/** pred → a → b → next becomes pred → fork → (a, b) → join → next. */
function parallelizeCommands(ctx: RuleContext, a: string, b: string): CommandCall[] | null {
  const g = ctx.graph;
  const into = g.incoming(a);
  const between = g.outgoing(a);
  const out = g.outgoing(b);
  if (into.length !== 1 || between.length !== 1 || out.length !== 1) return null;
  const fresh = (prefix: string) => ctx.ids.fresh(prefix);
  const fork = fresh('fork');
  const join = fresh('join');
  const connect = (from: string, to: string): CommandCall => ({
    id: 'flow.connect',
    params: { id: fresh('flow'), from, to },
  });
  const entry = into[0]!;
  const entryFlow = { ...entry, id: fresh('flow'), to: fork };
  return [
    { id: 'flow.disconnect', params: { id: entry.id } },
    { id: 'flow.disconnect', params: { id: between[0]!.id } },
    { id: 'flow.disconnect', params: { id: out[0]!.id } },
    { id: 'step.add', params: { step: { id: fork, type: 'and', name: fork } } },
    { id: 'step.add', params: { step: { id: join, type: 'and', name: join } } },
    { id: 'flow.connect', params: entryFlow },
    connect(fork, a),
    connect(fork, b),
    connect(a, join),
    connect(b, join),
    { id: 'flow.connect', params: { ...out[0]!, id: fresh('flow'), from: join } },
  ];
}
