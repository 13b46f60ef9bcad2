import type { Role } from '@flowsmith/model';

/** Levels of authority, higher signs for more (Role.authority in the model README). */
export const AUTHORITY = { staff: 1, supervisor: 2, manager: 3, executive: 4 } as const;

// Checked from the top down, so 总经理 is an executive before 经理 can make it a manager.
const NAMED_LEVELS: Array<[RegExp, number]> = [
  [
    /总经理|总裁|总监|董事|首席|财务总监|副总|\bCFO\b|\bCEO\b|\bCOO\b|\bCIO\b|\bCTO\b|\bGM\b|general manager|director|vice president|\bVP\b|chief|president|partner|board/i,
    AUTHORITY.executive,
  ],
  [/经理|部长|负责人|领导|manager|\bhead\b/i, AUTHORITY.manager],
  [/主管|组长|班长|主任|supervisor|team lead|foreman/i, AUTHORITY.supervisor],
];

/**
 * The authority level of a role: its `authority` when given, else inferred from its name and id
 * — 总经理/总监/CFO/GM/director 4, 经理/manager 3, 主管/supervisor 2, anyone else 1. Pure.
 */
export function authorityOf(role: Role | undefined): number {
  if (!role) return AUTHORITY.staff;
  if (role.authority !== undefined) return role.authority;
  const text = `${role.name} ${role.id}`;
  for (const [pattern, level] of NAMED_LEVELS) if (pattern.test(text)) return level;
  return AUTHORITY.staff;
}
