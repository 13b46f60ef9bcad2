import { distributionMean, type ProcessDocument, type Role, type TaskStep } from '@flowsmith/model';
import { formatMinutes, formatPercent } from '@flowsmith/analysis';
import { describeLimit, formatNumber } from './describeDuration';
import { structuralWarnings } from './buildSop';
import { finite, sopContext, type SopContext, type SopOptions } from './sopContext';
import type { SopBlock, SopTree } from './tree';

/** Minutes in a week: arrival rates are per minute, around the clock. */
const WEEK = 7 * 24 * 60;

/** Options of `buildJobs`: those of `buildSop`, and one role to describe instead of all. */
export interface JobsOptions extends SopOptions {
  /** Describe only this role (by id); throws `RangeError` when the process has no such role. */
  role?: string;
}

/**
 * Builds the job descriptions (岗位说明书) of a process: per role its purpose, its duties (the
 * steps it is responsible for, in procedure order, with time per case and expected hours per week
 * = visits × mean duration × cases per week at the document's arrival rate), what it signs off,
 * whom it consults and informs, and its KPIs. Pure and synchronous.
 */
export function buildJobs(doc: ProcessDocument, options: JobsOptions = {}): SopTree {
  const ctx = sopContext(doc, options);
  let roles = doc.roles;
  if (options.role !== undefined) {
    roles = doc.roles.filter((r) => r.id === options.role);
    if (roles.length === 0) throw new RangeError(`no role with id "${options.role}"`);
  }
  const title = roles.length === 1 ? ctx.t.jobTitle(roles[0]!.name) : ctx.t.jobsTitle(doc.name);
  const blocks: SopBlock[] = [
    { type: 'heading', level: 1, text: title },
    ...structuralWarnings(ctx),
  ];
  roles.forEach((role, i) => {
    if (i > 0) blocks.push({ type: 'pageBreak' });
    blocks.push(...jobDescription(ctx, role, roles.length > 1));
  });
  return { kind: 'jobs', lang: ctx.lang, title, blocks };
}

function jobDescription(ctx: SopContext, role: Role, withHeading: boolean): SopBlock[] {
  const { doc, t, lang } = ctx;
  const m = ctx.analysis.metrics;
  const tasks = ctx.numbering.order
    .map((id) => ctx.step(id))
    .filter((s): s is TaskStep => s?.type === 'task');
  const mine = tasks.filter((s) => s.role === role.id);
  const casesPerWeek = m.arrivalRate * WEEK;
  const perCase = (s: TaskStep) =>
    (m.steps[s.id]?.visits ?? 0) * (s.duration ? distributionMean(s.duration) : 0);
  const hours = (minutes: number) =>
    casesPerWeek > 0 ? formatNumber((minutes * casesPerWeek) / 60) : t.none;
  const total = mine.reduce((sum, s) => sum + perCase(s), 0);
  const refs = (list: TaskStep[]) => list.map((s) => `${ctx.numberOf(s.id)} ${s.name}`);
  const others = (pick: (s: TaskStep) => readonly string[] | undefined) => {
    const byRole = new Map<string, TaskStep[]>();
    for (const s of mine)
      for (const r of pick(s) ?? []) byRole.set(r, [...(byRole.get(r) ?? []), s]);
    return [...byRole].map(([r, steps]) => `${ctx.roleName(r)}${t.colon}${t.list(refs(steps))}`);
  };
  const list = (items: string[]): SopBlock =>
    items.length > 0
      ? { type: 'list', ordered: false, items }
      : { type: 'paragraph', text: t.none };
  const signs = tasks.filter((s) => s.raci?.accountable === role.id);
  const rm = m.roles[role.id];
  const kpis = [
    ...(rm && finite(rm.utilization)
      ? [`${t.utilization}${t.colon}${formatPercent(rm.utilization)}`]
      : []),
    ...(rm ? [`${t.workPerCase}${t.colon}${formatMinutes(rm.workPerCase, lang)}`] : []),
    ...mine
      .filter((s) => s.sla)
      .map((s) => t.slaKpi(ctx.numberOf(s.id), s.name, describeLimit(s.sla!, lang))),
  ];
  return [
    ...(withHeading
      ? [{ type: 'heading', level: 2, text: t.jobTitle(role.name) } as SopBlock]
      : []),
    {
      type: 'table',
      header: [t.role, role.name],
      rows: [
        [t.processName, doc.name],
        [t.capacity, String(role.capacity ?? 1)],
      ],
    },
    { type: 'heading', level: 3, text: t.rolePurpose },
    {
      type: 'paragraph',
      text: role.description?.trim() || t.rolePurposeDefault(role.name, doc.name),
    },
    { type: 'heading', level: 3, text: t.duties },
    mine.length === 0
      ? { type: 'paragraph', text: t.noDuties }
      : {
          type: 'table',
          header: [t.step, t.timePerCase, t.hoursPerWeek],
          rows: [
            ...mine.map((s) => [
              `${ctx.numberOf(s.id)} ${s.name}`,
              formatMinutes(perCase(s), lang),
              hours(perCase(s)),
            ]),
            [t.total, formatMinutes(total, lang), hours(total)],
          ],
          align: ['left', 'right', 'right'],
        },
    {
      type: 'paragraph',
      tone: 'muted',
      text: casesPerWeek > 0 ? t.weeklyBasis(formatNumber(casesPerWeek)) : t.noArrival,
    },
    { type: 'heading', level: 3, text: t.signsOff },
    list(refs(signs)),
    { type: 'heading', level: 3, text: t.consults },
    list(others((s) => s.raci?.consulted)),
    { type: 'heading', level: 3, text: t.informs },
    list(others((s) => s.raci?.informed)),
    { type: 'heading', level: 3, text: t.roleKpis },
    list(kpis),
  ];
}
