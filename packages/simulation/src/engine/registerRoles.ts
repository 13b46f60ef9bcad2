import type { ProcessDocument } from '@flowsmith/model';
import type { ResolvedScenario } from '../scenario/Scenario';
import type { CompiledRole } from './CompiledModel';
import type { RoleSource } from './compileResources';
import * as K from './stepKinds';

/** The compiler's role tables that {@link registerRoles} fills. */
export interface RoleTables {
  roles: CompiledRole[];
  roleIndex: Map<string, number>;
  roleSources: RoleSource[];
}

/**
 * Adds the roles of `doc` (a subprocess's too; the first definition of an id wins, SIM-SEM-4)
 * with the scenario's capacity override, their calendars resolved through `calendar` (which
 * reports unknown ones — members' calendars included, though members compile later).
 */
export function registerRoles(
  doc: ProcessDocument,
  prefix: string,
  scenario: ResolvedScenario,
  calendar: RoleSource['calendar'],
  into: RoleTables,
): void {
  doc.roles.forEach((r, i) => {
    if (into.roleIndex.has(r.id)) return;
    const override = Object.hasOwn(scenario.overrides.capacity, r.id)
      ? scenario.overrides.capacity[r.id]
      : undefined;
    into.roleIndex.set(r.id, into.roles.length);
    into.roles.push({
      id: r.id,
      name: r.name,
      capacity: Math.max(0, Math.floor(override ?? r.capacity ?? 1)),
      costPerHour: r.costPerHour ?? 0,
      calendar: calendar(`${prefix}roles[${i}].calendar`, r.id, r.calendar),
      members: [],
      discipline: K.DISCIPLINE_FIFO,
      simple: true,
    });
    into.roleSources.push({ role: r, calendar, path: `${prefix}roles[${i}]` });
    r.members?.forEach((m, j) => {
      if (m.calendar !== undefined)
        calendar(`${prefix}roles[${i}].members[${j}].calendar`, m.id, m.calendar);
    });
  });
}
