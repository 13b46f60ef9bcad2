import { distributionMean, type Flow, type Step } from '@flowsmith/model';
import { formatMinutes } from '@flowsmith/analysis';
import { describeDuration, describeLimit } from '../describeDuration';
import type { SopBlock } from '../tree';
import type { SopContext } from '../sopContext';

/**
 * The procedure: every step numbered in flow order (`procedureNumbering`), each task with who
 * does it (R), who signs off (A), C and I, inputs, outputs, system, expected duration, SLA,
 * instructions and cautions; decisions as "if …, go to step 6.5; otherwise go to step 6.7";
 * parallel splits and joins naming their branches; loops as "return to step 6.2". Pure.
 */
export function procedureSection(ctx: SopContext): SopBlock[] {
  const blocks: SopBlock[] = [{ type: 'heading', level: 2, text: ctx.t.sections.procedure }];
  const order = ctx.numbering.order;
  order.forEach((id, i) => {
    const step = ctx.step(id)!;
    blocks.push({ type: 'heading', level: 3, text: `${ctx.numberOf(id)} ${step.name}` });
    blocks.push(...stepBody(ctx, step));
    if (step.description?.trim()) blocks.push({ type: 'paragraph', text: step.description.trim() });
    const next = nextSentence(ctx, step, order[i + 1]);
    if (next) blocks.push({ type: 'paragraph', text: next });
  });
  return blocks;
}

function stepBody(ctx: SopContext, step: Step): SopBlock[] {
  const { t, lang } = ctx;
  const field = (label: string, text: string | undefined): SopBlock[] =>
    text ? [{ type: 'paragraph', label, text }] : [];
  const names = (ids: readonly string[] | undefined, of: (id: string) => string) =>
    ids && ids.length > 0 ? t.list(ids.map(of)) : undefined;
  switch (step.type) {
    case 'start': {
      if (step.arrival && 'rate' in step.arrival) {
        const { count, per } = step.arrival.rate;
        return [{ type: 'paragraph', text: t.startRateText(count, per, !!step.arrival.calendar) }];
      }
      const every = step.arrival
        ? formatMinutes(distributionMean(step.arrival.interarrival), lang)
        : undefined;
      return [{ type: 'paragraph', text: t.startText(every) }];
    }
    case 'end':
      return [{ type: 'paragraph', text: t.endText }];
    case 'timer':
      return [
        {
          type: 'paragraph',
          text: t.timerText(step.duration ? describeDuration(step.duration, lang) : t.none),
        },
      ];
    case 'subprocess':
      return [{ type: 'paragraph', text: t.subprocessText(step.process) }];
    case 'xor':
      return ctx.numbering.graph.outgoing(step.id).length > 1
        ? []
        : [{ type: 'paragraph', text: t.mergeText }];
    case 'and': {
      const out = ctx.numbering.graph.outgoing(step.id);
      const inc = ctx.numbering.graph.incoming(step.id);
      const blocks: SopBlock[] = [];
      if (out.length > 1)
        blocks.push({ type: 'paragraph', text: t.forkText(out.map((f) => ctx.ref(f.to))) });
      if (inc.length > 1)
        blocks.push({ type: 'paragraph', text: t.joinText(inc.map((f) => ctx.ref(f.from))) });
      return blocks;
    }
    case 'task': {
      const cautions = (step.cautions ?? []).filter((c) => c.trim());
      return [
        ...field(t.responsible, step.role ? ctx.roleName(step.role) : undefined),
        ...field(
          t.accountable,
          step.raci?.accountable ? ctx.roleName(step.raci.accountable) : undefined,
        ),
        ...field(t.consulted, names(step.raci?.consulted, ctx.roleName)),
        ...field(t.informed, names(step.raci?.informed, ctx.roleName)),
        ...field(t.inputs, names(step.inputs, ctx.dataName)),
        ...field(t.outputs, names(step.outputs, ctx.dataName)),
        ...field(t.system, step.system),
        ...field(t.duration, step.duration ? describeDuration(step.duration, lang) : undefined),
        ...field(t.sla, step.sla ? describeLimit(step.sla, lang) : undefined),
        ...field(t.instructions, step.instructions?.trim() || undefined),
        ...(cautions.length > 0
          ? [
              { type: 'paragraph', label: t.cautions, text: '' } as SopBlock,
              { type: 'list', ordered: true, items: cautions } as SopBlock,
            ]
          : []),
      ];
    }
  }
}

/**
 * Where the case goes after `step`: nothing when it simply reads on, a decision sentence for an
 * exclusive split, `go to` / `return to` otherwise. Parallel splits name their branches instead.
 */
function nextSentence(
  ctx: SopContext,
  step: Step,
  following: string | undefined,
): string | undefined {
  const { t } = ctx;
  const out = ctx.numbering.graph.outgoing(step.id);
  const back = (f: Flow) => ctx.numbering.backFlows.has(f.id);
  if (out.length === 0) return undefined;
  if (step.type === 'xor' && out.length > 1) {
    const fallback = out.find((f) => f.default) ?? out[out.length - 1]!;
    const parts = out
      .filter((f) => f !== fallback)
      .map((f) =>
        t.decisionIf(f.label ?? f.condition ?? ctx.step(f.to)!.name, ctx.ref(f.to), back(f)),
      );
    parts.push(t.decisionOtherwise(ctx.ref(fallback.to), back(fallback)));
    return t.decisionJoin(parts);
  }
  if (step.type === 'and' && out.length > 1) return undefined;
  if (out.length === 1 && out[0]!.to === following && !back(out[0]!)) return undefined;
  return out.map((f) => (back(f) ? t.returnTo(ctx.ref(f.to)) : t.next(ctx.ref(f.to)))).join(' ');
}
