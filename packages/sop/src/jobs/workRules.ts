import type { Lang, ProcessDocument, Role, TaskStep } from '@flowsmith/model';
import { describeBatch } from '../caseWork';
import { formatNumber } from '../describeDuration';
import type { SopBlock } from '../tree';
import { workLabels } from '../workLabels';
import type { JobInputs } from './JobInputs';

/**
 * The row of a post's basic information that names its people and the order it takes its work
 * in (在岗人员 / 办理顺序), when the post lists `members` or a `queue` discipline: each member's
 * name (else id) with what sets them apart — a pace other than the usual, hours of their own.
 * Empty otherwise. Pure.
 */
export function membersRow(doc: ProcessDocument, role: Role, lang: Lang): string[][] {
  if (!role.members?.length && role.queue === undefined) return [];
  const w = workLabels[lang];
  const calendarName = (id: string) => {
    const c = doc.calendars?.find((x) => x.id === id);
    return c?.name ?? id;
  };
  const names = (role.members ?? []).map((m) => {
    const notes: string[] = [];
    if (m.speed !== undefined && m.speed !== 1) notes.push(w.speed(formatNumber(m.speed)));
    if (m.calendar !== undefined && m.calendar !== role.calendar)
      notes.push(w.ownCalendar(calendarName(m.calendar)));
    return w.memberNote(m.name ?? m.id, notes);
  });
  const order =
    role.queue === 'priority'
      ? w.priorityOrder
      : role.queue === 'dueDate'
        ? w.dueDateOrder
        : w.fifo;
  return [[w.members, names.length > 0 ? w.list(names) : '—', w.workOrder, order]];
}

/**
 * A post's work rules (工作要求), under its duties: the order it takes waiting work in when that
 * is not first come first served — by priority with the document's priority rules, or by due
 * date — and how its batch steps are worked. Empty when there are none. Pure.
 */
export function workRules(input: JobInputs, role: Role, mine: readonly TaskStep[]): SopBlock[] {
  const { ctx, labels: L } = input;
  const w = workLabels[ctx.lang];
  const items: string[] = [];
  if (role.queue === 'priority' || role.queue === 'dueDate') items.push(w.queue[role.queue]);
  const rules = ctx.doc.simulation?.priorities ?? [];
  if (role.queue === 'priority' && rules.length > 0) {
    items.push(
      w.priorities([...rules.map((r) => w.priorityRule(r.condition, r.priority)), w.priorityRest]),
    );
  }
  const sep = ctx.lang === 'zh-CN' ? '：' : ': ';
  for (const step of mine) {
    const batch = describeBatch(ctx.doc, step, ctx.lang);
    if (batch) items.push(`${L.stepRef(ctx.numberOf(step.id), step.name)}${sep}${batch}`);
  }
  if (items.length === 0) return [];
  return [
    { type: 'paragraph', text: `${w.workRules}${sep}` },
    { type: 'list', ordered: false, items },
  ];
}
