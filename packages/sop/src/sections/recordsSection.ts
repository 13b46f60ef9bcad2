import type { TaskStep } from '@flowsmith/model';
import type { SopBlock } from '../tree';
import type { SopContext } from '../sopContext';

/** Terms and records: each data object, its description, and the steps that produce and use it. Pure. */
export function recordsSection(ctx: SopContext): SopBlock[] {
  const { doc, t } = ctx;
  const tasks = ctx.numbering.order
    .map((id) => ctx.step(id))
    .filter((s): s is TaskStep => s?.type === 'task');
  const refs = (list: TaskStep[]) =>
    list.length > 0 ? t.list(list.map((s) => `${ctx.numberOf(s.id)} ${s.name}`)) : t.none;
  const data = doc.data ?? [];
  return [
    { type: 'heading', level: 2, text: t.sections.records },
    data.length === 0
      ? { type: 'paragraph', text: t.noRecords }
      : {
          type: 'table',
          header: [t.record, t.description, t.producedBy, t.usedBy],
          rows: data.map((d) => [
            d.name,
            d.description ?? t.none,
            refs(tasks.filter((s) => s.outputs?.includes(d.id))),
            refs(tasks.filter((s) => s.inputs?.includes(d.id))),
          ]),
        },
  ];
}
