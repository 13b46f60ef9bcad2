import type { TaskStep } from '@flowsmith/model';
import type { SopBlock } from '../tree';
import type { SopContext } from '../sopContext';

/**
 * 记录与表单: each data object with its form number, keeper (a role id is shown as the role's
 * name), retention period, and the steps that produce and use it. Columns no record fills are
 * left out, so the table never shows a column of blanks. Pure.
 */
export function recordsSection(ctx: SopContext): SopBlock[] {
  const { doc, t, labels: l } = ctx;
  const tasks = ctx.rows.order
    .map((id) => ctx.step(id))
    .filter((s): s is TaskStep => s?.type === 'task');
  const refs = (list: TaskStep[]) =>
    list.length > 0 ? t.list(list.map((s) => `${ctx.numberOf(s.id)} ${s.name}`)) : t.none;
  const data = doc.data ?? [];
  const keeper = (k: string | undefined) =>
    k?.trim() ? (doc.roles.some((r) => r.id === k) ? ctx.roleName(k) : k) : undefined;
  const columns: Array<{ header: string; width: number; cell: (i: number) => string | undefined }> =
    [
      {
        header: l.record,
        width: 2,
        cell: (i) => [data[i]!.name, data[i]!.description?.trim()].filter(Boolean).join('\n'),
      },
      { header: l.formNumber, width: 2.1, cell: (i) => data[i]!.form?.number?.trim() || undefined },
      { header: l.keeper, width: 1.3, cell: (i) => keeper(data[i]!.form?.keeper) },
      {
        header: l.retention,
        width: 1.25,
        cell: (i) => data[i]!.form?.retention?.trim() || undefined,
      },
      {
        header: l.producedBy,
        width: 1.8,
        cell: (i) => refs(tasks.filter((s) => s.outputs?.includes(data[i]!.id))),
      },
      {
        header: l.usedBy,
        width: 1.8,
        cell: (i) => refs(tasks.filter((s) => s.inputs?.includes(data[i]!.id))),
      },
    ];
  const shown = columns.filter((c) => data.some((_, i) => c.cell(i) !== undefined));
  return [
    { type: 'heading', level: 2, text: l.sections.records },
    data.length === 0
      ? { type: 'paragraph', text: t.noRecords }
      : {
          type: 'table',
          header: shown.map((c) => c.header),
          rows: data.map((_, i) => shown.map((c) => c.cell(i) ?? t.none)),
          widths: shown.map((c) => c.width),
        },
  ];
}
