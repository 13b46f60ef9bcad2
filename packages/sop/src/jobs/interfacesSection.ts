import type { Role, TaskStep } from '@flowsmith/model';
import type { SopBlock } from '../tree';
import type { JobInputs } from './JobInputs';
import { workingRelations } from './workingRelations';

/**
 * The closing section of the job descriptions: the systems (OA, ERP) and outside parties
 * (供应商, all staff as 申请人) of the process, which get no job description — for each its kind,
 * the steps it does and the posts it works with (handovers, and the RACI of their steps). Empty
 * when there are none.
 * Pure.
 */
export function interfacesSection(input: JobInputs, roles: readonly Role[]): SopBlock[] {
  const { ctx, labels: L, tasks, kindOf } = input;
  const parties = roles.filter((r) => kindOf(r.id) !== 'person');
  if (parties.length === 0) return [];
  const ref = (s: TaskStep) => L.stepRef(ctx.numberOf(s.id), s.name);
  const rows = parties.map((party) => {
    const steps = tasks.filter((s) => s.role === party.id);
    const { receives, handsOver } = workingRelations(ctx.numbering.graph, party.id, steps);
    // posts that hand over to it or from it, and those whose steps consult or inform it (RACI)
    const raci = tasks.flatMap((s) =>
      s.role && [...(s.raci?.consulted ?? []), ...(s.raci?.informed ?? [])].includes(party.id)
        ? [s.role]
        : [],
    );
    const posts = [...new Set([...[...receives, ...handsOver].map((h) => h.role), ...raci])]
      .filter((id) => kindOf(id) === 'person')
      .map((id) => ctx.roleName(id));
    const kind = kindOf(party.id) === 'system' ? L.kindNames.system : L.kindNames.external;
    return [
      party.name,
      kind,
      steps.length > 0 ? L.list(steps.map(ref)) : L.none,
      posts.length > 0 ? L.list(posts) : L.none,
    ];
  });
  return [
    { type: 'heading', level: 2, text: L.interfaces },
    { type: 'paragraph', text: L.interfacesIntro },
    {
      type: 'table',
      header: [L.interfaceName, L.interfaceKind, L.interfaceRole, L.interfaceWith],
      rows,
    },
  ];
}
