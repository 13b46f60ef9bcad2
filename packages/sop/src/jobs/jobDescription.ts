import type { ProcessDocument, Role, TaskStep } from '@flowsmith/model';
import { describeLimit } from '../describeDuration';
import { localiseUnits } from '../localiseUnits';
import type { SopBlock } from '../tree';
import { groupDuties } from './groupDuties';
import { formatHours, formatShare, headcount } from './jobWorkload';
import { workRules, membersRow } from './workRules';
import type { JobInputs } from './JobInputs';
import type { JobsLabels } from './jobsLabels';
import type { SopContext } from '../sopContext';
import { relationRows } from './relationRows';

export type { JobInputs } from './JobInputs';

/**
 * The job description (岗位说明书) of one post: basic information, purpose, main duties with
 * their share of working time, working relationships from the handovers, authorities,
 * qualifications, performance indicators and the signature block. Pure.
 */
export function jobDescription(input: JobInputs, role: Role, withHeading: boolean): SopBlock[] {
  const { ctx, labels: L, tasks } = input;
  const { doc } = ctx;
  const mine = tasks.filter((s) => s.role === role.id);
  const ref = (s: TaskStep) => L.stepRef(ctx.numberOf(s.id), s.name);
  const items = (list: string[]): SopBlock =>
    list.length > 0
      ? { type: 'list', ordered: false, items: list }
      : { type: 'paragraph', text: L.notFilled };
  const signs = tasks.filter((s) => s.raci?.accountable === role.id);
  const approves = mine.filter((s) => s.kind === 'approval');
  const permissions = [
    ...(role.permissions ?? []),
    ...(approves.length > 0 ? [L.decides(L.list(approves.map(ref)))] : []),
    ...(signs.length > 0 && signs.some((s) => !approves.includes(s))
      ? [L.signs(L.list(signs.map(ref)))]
      : []),
  ];
  return [
    ...(withHeading ? [{ type: 'heading', level: 2, text: L.jobTitle(role.name) } as const] : []),
    { type: 'heading', level: 3, text: L.basics },
    basics(doc, role, L, ctx.roleName, ctx.lang),
    { type: 'heading', level: 3, text: L.purpose },
    {
      type: 'paragraph',
      text:
        role.purpose?.trim() || role.description?.trim() || L.purposeDefault(role.name, doc.name),
    },
    { type: 'heading', level: 3, text: L.duties },
    ...duties(input, role, mine, ref),
    { type: 'heading', level: 3, text: L.relations },
    relationTable(input, role, mine),
    { type: 'heading', level: 3, text: L.permissions },
    items(permissions),
    { type: 'heading', level: 3, text: L.qualifications },
    items(role.qualifications ?? []),
    { type: 'heading', level: 3, text: L.kpis },
    kpiTable(doc, role, mine, L, ctx.numberOf, ctx.lang),
    { type: 'heading', level: 3, text: L.signatures },
    {
      type: 'table',
      header: [L.preparedBy, L.reviewedBy, L.approvedBy, L.incumbent],
      rows: [Array<string>(4).fill(L.signHere), Array<string>(4).fill(L.dateHere)],
    },
  ];
}

function basics(
  doc: ProcessDocument,
  role: Role,
  L: JobsLabels,
  roleName: (id: string) => string,
  lang: SopContext['lang'],
): SopBlock {
  const control = doc.documentControl;
  const latest = doc.revisions?.at(-1);
  const version = control?.version ?? latest?.version;
  const date = control?.effectiveDate ?? latest?.date;
  const reports = doc.roles.filter((r) => r.reportsTo === role.id).map((r) => r.name);
  return {
    type: 'table',
    header: [L.jobName, role.name, L.jobCode, role.jobCode ?? L.none],
    rows: [
      [L.department, role.department ?? L.none, L.headcount, L.headcountValue(headcount(role))],
      ...membersRow(doc, role, lang),
      [
        L.reportsTo,
        role.reportsTo ? roleName(role.reportsTo) : L.none,
        L.subordinates,
        reports.length > 0 ? L.list(reports) : L.none,
      ],
      [
        L.process,
        control?.number ? L.processWithNumber(doc.name, control.number) : doc.name,
        L.versionDate,
        [version, date].filter((x) => x !== undefined).join(' / ') || L.none,
      ],
    ],
  };
}

function duties(
  input: JobInputs,
  role: Role,
  mine: TaskStep[],
  ref: (s: TaskStep) => string,
): SopBlock[] {
  const { labels: L, workload: w } = input;
  if (mine.length === 0) return [{ type: 'paragraph', text: L.noDuties }];
  const groups = groupDuties(mine, w.minutesPerCase);
  const available = w.availableHours(role);
  const hours = (minutes: number) => (w.casesPerWeek * minutes) / 60;
  const known = w.casesPerWeek > 0;
  const total = groups.reduce((sum, g) => sum + hours(g.minutesPerCase), 0);
  const rows = groups.map((g, i) => [
    String(i + 1),
    L.dutyNames[g.duty],
    L.list(g.steps.map(ref)),
    known ? formatHours(hours(g.minutesPerCase)) : L.none,
    known ? formatShare(hours(g.minutesPerCase) / available) : L.none,
  ]);
  const rest = available - total;
  if (known && rest > 0) {
    rows.push([
      String(rows.length + 1),
      L.otherWork,
      L.otherWorkSteps,
      formatHours(rest),
      formatShare(rest / available),
    ]);
  }
  if (known)
    rows.push([
      L.total,
      '',
      '',
      formatHours(Math.max(total, available)),
      formatShare(Math.max(1, total / available)),
    ]);
  const blocks: SopBlock[] = [
    {
      type: 'table',
      header: [L.dutyNo, L.duty, L.dutySteps, L.hoursPerWeek, L.share],
      rows,
      align: ['center', 'left', 'left', 'right', 'right'],
    },
    {
      type: 'paragraph',
      tone: 'muted',
      text: w.membersOwnHours(role)
        ? L.basisMembers(L.hours(formatHours(available)))
        : L.basis({
            perPerson: L.hours(formatHours(w.hoursPerPerson(role))),
            calendar: w.calendarName(role),
            headcount: headcount(role),
            available: L.hours(formatHours(available)),
          }),
    },
    ...(known ? [] : [{ type: 'paragraph', tone: 'muted', text: L.noArrival } as const]),
  ];
  blocks.push(...workRules(input, role, mine));
  if (known && total > available) {
    blocks.push({
      type: 'warning',
      title: L.duties,
      items: [L.overloaded(formatShare(total / available))],
    });
  }
  return blocks;
}

function relationTable(input: JobInputs, role: Role, mine: TaskStep[]): SopBlock {
  const rows = relationRows(input, role, mine);
  return rows.length > 0
    ? {
        type: 'table',
        header: [input.labels.relationKind, input.labels.relationWith, input.labels.relationAbout],
        rows,
      }
    : { type: 'paragraph', text: input.labels.noRelations };
}

function kpiTable(
  doc: ProcessDocument,
  role: Role,
  mine: TaskStep[],
  L: JobsLabels,
  numberOf: (id: string) => string,
  lang: SopContext['lang'],
): SopBlock {
  const owner = doc.owner === role.id;
  const words = kpiWords(role, mine, doc);
  const concerns = (name: string) => {
    const lower = name.toLowerCase();
    return words.some((w) => lower.includes(w));
  };
  const rows = [
    ...mine
      .filter((s) => s.sla)
      .map((s) => [
        L.slaKpi(numberOf(s.id), s.name),
        L.slaTarget(describeLimit(s.sla!, lang).trim()),
        L.fromSla,
      ]),
    ...(doc.kpis ?? [])
      .filter((k) => owner || concerns(`${k.name} ${k.formula ?? ''}`))
      .map((k) => [
        k.name,
        k.target ? localiseUnits(k.target, lang) : L.none,
        owner ? L.fromOwner : L.fromProcess,
      ]),
  ];
  return rows.length > 0
    ? { type: 'table', header: [L.kpi, L.target, L.kpiSource], rows }
    : { type: 'paragraph', text: L.noKpis };
}

/**
 * The words by which a process KPI (its name or its 计算公式) concerns a post: the post's name, the names of the data its steps
 * write, and its step names and their parts split at 并/和/与/及/、/"and"/commas ("财务复核并付款"
 * gives "付款", which "按期付款率" names); lower case, at least two characters (four in Latin
 * script, so "and" or "the" never match). Pure.
 */
function kpiWords(role: Role, mine: TaskStep[], doc: ProcessDocument): string[] {
  const outputs = mine
    .flatMap((s) => s.outputs ?? [])
    .map((id) => doc.data?.find((d) => d.id === id)?.name ?? id);
  const parts = mine.flatMap((s) => [s.name, ...s.name.split(/[并和与及、,，]|\sand\s/)]);
  return [...new Set([role.name, ...outputs, ...parts].map((w) => w.trim().toLowerCase()))].filter(
    (w) => (/^[ -~]*$/.test(w) ? w.length >= 4 : w.length >= 2),
  );
}
