import type { OpenTask } from '@flowsmith/compiler';

/** The open tasks of one role (or of none: `roleId` null). */
export interface RoleTasks {
  roleId: string | null;
  roleName: string | null;
  tasks: OpenTask[];
}

/** Groups open tasks by their responsible role, roles in order of their first task. Pure. */
export function tasksByRole(tasks: readonly OpenTask[]): RoleTasks[] {
  const groups = new Map<string | null, RoleTasks>();
  for (const task of tasks) {
    const id = task.role?.id ?? null;
    let group = groups.get(id);
    if (!group) {
      group = { roleId: id, roleName: task.role?.name ?? null, tasks: [] };
      groups.set(id, group);
    }
    group.tasks.push(task);
  }
  return [...groups.values()];
}
