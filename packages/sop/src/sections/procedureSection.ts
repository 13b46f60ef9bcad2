import { distributionMean, type Distribution, type Lang, type Step } from '@flowsmith/model';
import { formatMinutes } from '@flowsmith/analysis';
import { describeBatch, describeChanges } from '../caseWork';
import { describeDuration, describeLimit, formatNumber } from '../describeDuration';
import { sopLabels } from '../messages';
import { routingSentence, waitsFor } from '../routing';
import type { SopBlock } from '../tree';
import type { SopContext } from '../sopContext';

/**
 * The procedure as the usual table, one row per step someone does or waits on:
 * 序号 / 节点 / 责任人 / 工作内容与要求 / 输出 / 时限. Decisions are not rows: they are the sentence
 * "如…，则转至第N步；否则…" in the row before them; joins are left out (the row after one says
 * which steps it waits for); a sentence before the table says where the process starts and
 * ends. Pure.
 */
export function procedureSection(ctx: SopContext): SopBlock[] {
  const { t, labels: l } = ctx;
  const rows = ctx.rows.order.map((id) => {
    const step = ctx.step(id)!;
    return [
      ctx.numberOf(id),
      step.name,
      step.type === 'task' && step.role ? ctx.roleName(step.role) : t.none,
      workCell(ctx, step),
      step.type === 'task' && step.outputs?.length ? t.list(step.outputs.map(ctx.dataName)) : '',
      timeLimit(ctx, step),
    ];
  });
  return [
    { type: 'heading', level: 2, text: l.sections.procedure },
    ...startAndEnd(ctx),
    ...(rows.length === 0
      ? []
      : [
          {
            type: 'table',
            header: [l.number, l.node, l.responsible, l.work, l.output, l.timeLimit],
            rows,
            align: ['center', 'left', 'left', 'left', 'left', 'left'],
            widths: [0.75, 1.5, 1.2, 4.5, 1.4, 1.25],
          } satisfies SopBlock,
        ]),
  ];
}

/** Where the process starts (with its arrivals) and ends, and where the case goes first. */
function startAndEnd(ctx: SopContext): SopBlock[] {
  const { doc, labels: l } = ctx;
  const starts = doc.steps.filter((s) => s.type === 'start');
  const ends = doc.steps.filter((s) => s.type === 'end' && s.terminate !== true);
  const terminates = doc.steps.filter((s) => s.type === 'end' && s.terminate === true);
  const gap = ctx.lang === 'zh-CN' ? '' : ' ';
  const text: string[] = starts.map((s) => {
    const first = routingSentence(ctx, s.id);
    return `${l.startsAt(s.name, arrival(ctx, s))}${first ? `${gap}${first}` : ''}`;
  });
  if (ends.length > 0) text.push(l.endsAt(ends.map((s) => s.name)));
  if (terminates.length > 0) text.push(l.terminatesAt(terminates.map((s) => s.name)));
  return text.length === 0 ? [] : [{ type: 'paragraph', text: text.join(gap) }];
}

function arrival(ctx: SopContext, step: Step): string {
  if (step.type !== 'start' || !step.arrival) return '';
  const zh = ctx.lang === 'zh-CN';
  if ('rate' in step.arrival) {
    const { count, per } = step.arrival.rate;
    const working = !!step.arrival.calendar;
    if (zh)
      return `平均每${working ? '个工作' : ''}${{ hour: '小时', day: '日', week: '周' }[per]} ${count} 件`;
    return `on average ${count} a ${working ? 'working ' : ''}${per}`;
  }
  const every = formatMinutes(distributionMean(step.arrival.interarrival), ctx.lang);
  return zh ? `平均每 ${every}一件` : `on average one every ${every}`;
}

/** 工作内容与要求: what to do, inputs, system, who signs off, cautions, and where to go next. */
function workCell(ctx: SopContext, step: Step): string {
  const { t, labels: l, lang } = ctx;
  const colon = t.colon;
  const lines: string[] = [];
  const waits = waitsFor(ctx, step.id);
  if (waits.rows.length > 0)
    lines.push((waits.inclusive ? l.waitForStarted : l.waitFor)(waits.rows.map(ctx.ref)));
  const names = (ids: readonly string[] | undefined, of: (id: string) => string) =>
    ids && ids.length > 0 ? t.list(ids.map(of)) : undefined;
  const field = (label: string, value: string | undefined) => {
    if (value) lines.push(`${label}${colon}${value}`);
  };
  if (step.type === 'task') {
    const what = [step.description?.trim(), step.instructions?.trim()].filter(Boolean);
    lines.push(...what.map((w) => w!));
    field(l.inputs, names(step.inputs, ctx.dataName));
    field(l.system, step.system?.trim());
    field(l.signOff, step.raci?.accountable ? ctx.roleName(step.raci.accountable) : undefined);
    field(l.consult, names(step.raci?.consulted, ctx.roleName));
    field(l.inform, names(step.raci?.informed, ctx.roleName));
    const batch = describeBatch(ctx.doc, step, lang);
    if (batch) lines.push(batch);
    const changes = describeChanges(step, lang);
    if (changes) lines.push(changes);
    const cautions = (step.cautions ?? []).map((c) => c.trim()).filter(Boolean);
    if (cautions.length > 0)
      lines.push(`${l.cautions}${colon}${cautions.map((c, i) => `${i + 1}. ${c}`).join('\n')}`);
  } else if (step.type === 'timer') {
    lines.push(t.timerText(step.duration ? describeDuration(step.duration, lang) : t.none));
  } else if (step.type === 'subprocess') {
    lines.push(t.subprocessText(step.process));
  }
  const next = routingSentence(ctx, step.id);
  if (next) lines.push(next);
  return lines.join('\n');
}

/** 时限: the SLA, else the expected duration, else nothing. */
function timeLimit(ctx: SopContext, step: Step): string {
  if (step.type !== 'task') return '';
  if (step.sla) return describeLimit(step.sla, ctx.lang);
  return step.duration ? ctx.labels.expected(typicalDuration(step.duration, ctx.lang)) : '';
}

/** The usual time of a step, one figure: the mode of a three-point estimate, else its mean. */
function typicalDuration(duration: Distribution, lang: Lang): string {
  const unit = sopLabels[lang].units[duration.unit ?? 'min'];
  switch (duration.dist) {
    case 'fixed':
      return `${formatNumber(duration.value)}${unit}`;
    case 'triangular':
      return `${formatNumber(duration.mode)}${unit}`;
    default:
      return formatMinutes(distributionMean(duration), lang);
  }
}
