import type { ProcessDocument, Role, TaskStep } from '@flowsmith/model';
import { structuralWarnings } from './buildSop';
import { interfacesSection } from './jobs/interfacesSection';
import { jobDescription, type JobInputs } from './jobs/jobDescription';
import { jobsLabels } from './jobs/jobsLabels';
import { formatHours, jobWorkload } from './jobs/jobWorkload';
import { sopContext, type SopOptions } from './sopContext';
import type { SopBlock, SopTree } from './tree';

/** Options of `buildJobs`: those of `buildSop`, and one role to describe instead of all. */
export interface JobsOptions extends SopOptions {
  /**
   * Describe only this role (by id): its job description, or for a system or an outside party
   * its line of the interfaces table. Throws `RangeError` when the process has no such role.
   */
  role?: string;
}

/**
 * Builds the job descriptions (岗位说明书) of a process: one per post held by people (role `kind`
 * person, the default) with basic information (岗位名称, 岗位编号, 所属部门, 直接上级/下级, 编制人数),
 * purpose, main duties grouped with their share of the post's working time on its calendar (40 h
 * a week without one), working relationships from the handovers, authorities, qualifications,
 * performance indicators and a signature block; systems and outside parties close the document as
 * interfaces. Pure and synchronous.
 */
export function buildJobs(doc: ProcessDocument, options: JobsOptions = {}): SopTree {
  const ctx = sopContext(doc, options);
  const labels = jobsLabels[ctx.lang];
  let roles: readonly Role[] = doc.roles;
  if (options.role !== undefined) {
    roles = doc.roles.filter((r) => r.id === options.role);
    if (roles.length === 0) throw new RangeError(`no role with id "${options.role}"`);
  }
  // A role without a kind whose every task is a system task is a system (an older document's
  // "ERP" lane); otherwise the default, a person.
  const tasksOf = (id: string) => doc.steps.filter((s) => s.type === 'task' && s.role === id);
  const inferred = (id: string) => {
    const tasks = tasksOf(id);
    return tasks.length > 0 && tasks.every((s) => s.type === 'task' && s.kind === 'system')
      ? 'system'
      : 'person';
  };
  const kinds = new Map(doc.roles.map((r) => [r.id, r.kind ?? inferred(r.id)]));
  const input: JobInputs = {
    ctx,
    labels,
    tasks: ctx.numbering.order
      .map((id) => ctx.step(id))
      .filter((s): s is TaskStep => s?.type === 'task'),
    workload: jobWorkload(doc, ctx.analysis),
    kindOf: (id) => kinds.get(id) ?? 'person',
  };
  const persons = roles.filter((r) => input.kindOf(r.id) === 'person');
  const title =
    options.role !== undefined && persons.length === 1
      ? labels.jobTitle(persons[0]!.name)
      : labels.jobsTitle(doc.name);
  const blocks: SopBlock[] = [
    { type: 'heading', level: 1, text: title },
    ...structuralWarnings(ctx),
  ];
  if (options.role === undefined)
    blocks.push({ type: 'paragraph', text: labels.intro(doc.name, persons.length) });
  if (persons.length > 0) {
    // the volume and the grouping rule hold for every post: said once, under the title
    const cases = input.workload.casesPerWeek;
    const gap = ctx.lang === 'zh-CN' ? '' : ' ';
    const volume = cases > 0 ? `${labels.volume(formatHours(cases))}${gap}` : '';
    blocks.push({ type: 'paragraph', tone: 'muted', text: `${volume}${labels.groupingRule}` });
  }
  persons.forEach((role, i) => {
    if (i > 0) blocks.push({ type: 'pageBreak' });
    blocks.push(...jobDescription(input, role, options.role === undefined));
  });
  // the interfaces follow the last description: a short table is not worth a page of its own
  blocks.push(...interfacesSection(input, roles));
  return { kind: 'jobs', lang: ctx.lang, title, blocks };
}
