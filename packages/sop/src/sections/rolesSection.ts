import type { TaskStep } from '@flowsmith/model';
import { raciMatrix } from '../raciMatrix';
import type { SopBlock } from '../tree';
import type { SopContext } from '../sopContext';

/**
 * Roles and responsibilities: each role's duty summary (its description and the steps it does)
 * and the RACI matrix, steps × roles, in procedure order. Pure.
 */
export function rolesSection(ctx: SopContext): SopBlock[] {
  const { doc, t, labels } = ctx;
  const tasks = ctx.numbering.order.filter((id) => ctx.step(id)?.type === 'task');
  const duties = doc.roles.map((role) => {
    const mine = tasks.filter((id) => (ctx.step(id) as TaskStep).role === role.id);
    const steps =
      mine.length > 0
        ? t.list(mine.map((id) => `${ctx.numberOf(id)} ${ctx.step(id)!.name}`))
        : t.noDuties;
    return [role.name, role.description?.trim() || t.none, steps];
  });
  const matrix = raciMatrix(doc, tasks);
  return [
    { type: 'heading', level: 2, text: labels.sections.roles },
    { type: 'heading', level: 3, text: t.dutySummary },
    {
      type: 'table',
      header: [t.role, t.description, t.stepsDone],
      rows: duties,
      widths: [1.3, 3, 3],
    },
    { type: 'heading', level: 3, text: t.raciMatrix },
    {
      type: 'table',
      header: [t.step, ...matrix.roles.map((r) => ctx.roleName(r))],
      rows: matrix.rows.map((row) => [
        `${ctx.numberOf(row.step)} ${ctx.step(row.step)!.name}`,
        ...row.cells,
      ]),
      align: ['left', ...matrix.roles.map(() => 'center' as const)],
    },
    { type: 'paragraph', text: t.raciLegend, tone: 'muted' },
  ];
}
