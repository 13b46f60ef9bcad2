import type { CommandCall, TaskStep } from '@flowsmith/model';
import { analysisMessage, formatPercent } from '../messages';
import type { RuleContext } from '../ruleContext';
import type { Finding, Suggestion } from '../types';

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * The advice for a `rework-loop` finding (or a re-entry step in a loop): stop errors at the source — a checklist of the
 * send-back reasons for the step that prepares the work (a caution on it), stated with its
 * assumption: send-backs halve (the decision's send-back probability halved, the ways out scaled
 * up to keep 100 %). Pure. None when the loop has no single exclusive decision that sends work
 * back, or nothing before it to give the checklist to.
 */
export function reworkSuggestion(ctx: RuleContext, finding: Finding): Suggestion[] {
  const { graph, blocks, model } = ctx.figures;
  const first = finding.steps.map((id) => graph.indexOf(id)).find((i) => i >= 0);
  if (first === undefined || !blocks.cyclic[blocks.blockOf[first]!]) return [];
  const block = blocks.blockOf[first]!;
  const members = blocks.blocks[block]!;
  const inLoop = (i: number) => blocks.blockOf[i] === block;
  for (const i of members) {
    if (model.split[i] !== 'xor') continue;
    const stay = model.out[i]!.filter((a) => inLoop(a.to));
    const leave = model.out[i]!.filter((a) => !inLoop(a.to));
    const p = stay[0]?.weight ?? 0;
    if (stay.length !== 1 || leave.length === 0 || !(p > 0 && p < 1)) continue;
    const decision = graph.steps[i]!.id;
    const check = graph
      .predecessors(decision)
      .map((id) => graph.step(id))
      .find((s): s is TaskStep => s?.type === 'task');
    // Who prepares the work: a task handing it into the loop, else one in the loop before the check.
    const producer =
      producerOf(ctx, members, inLoop) ??
      (check
        ? members
            .map((j) => graph.steps[j]!)
            .find(
              (t): t is TaskStep =>
                t.type === 'task' &&
                t.id !== check.id &&
                ctx.precedes(graph.indexOf(t.id), graph.indexOf(check.id)),
            )
        : undefined);
    if (!check || !producer) continue;
    const after = p / 2;
    const commands: CommandCall[] = model.out[i]!.map((a) => ({
      id: 'flow.update',
      params: {
        id: a.flow.id,
        changes: {
          probability: round4(a === stay[0] ? after : (a.weight * (1 - after)) / (1 - p)),
        },
      },
    }));
    const caution = analysisMessage(
      'rework.checklist.caution',
      { check: ctx.name(check.id) },
      ctx.lang,
    );
    commands.push({
      id: 'step.update',
      params: {
        id: producer.id,
        changes: { cautions: [...(producer.cautions ?? []).filter((c) => c !== caution), caution] },
      },
    });
    return [
      {
        id: `simplify:rework-at-source:${finding.id}`,
        move: 'simplify',
        message: analysisMessage(
          'suggest.rework-at-source',
          {
            producer: ctx.name(producer.id),
            check: ctx.name(check.id),
            from: formatPercent(p),
            to: formatPercent(after),
          },
          ctx.lang,
        ),
        commands,
        touches: [decision, producer.id],
        assumption: true,
      },
    ];
  }
  return [];
}

/** The task that prepares the work before it enters the loop (a task leading into the loop from outside). */
function producerOf(
  ctx: RuleContext,
  members: number[],
  inLoop: (i: number) => boolean,
): TaskStep | undefined {
  const { graph, model } = ctx.figures;
  for (const i of members) {
    for (const arc of model.in[i]!) {
      if (inLoop(arc.from)) continue;
      let at = arc.from;
      // Look back through gateways and timers to the task that handed the work in.
      for (let hops = 0; hops < 8 && at >= 0; hops++) {
        const s = graph.steps[at]!;
        if (s.type === 'task') return s;
        if (s.type === 'start' || model.in[at]!.length !== 1) break;
        at = model.in[at]![0]!.from;
      }
    }
  }
  return undefined;
}
