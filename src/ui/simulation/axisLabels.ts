/** Axis text of the simulation charts: small ticks, and titles that fit a narrow side panel. */

/** Tick labels on every axis. */
export const AXIS_TICK = { fontSize: 10 } as const;

/** The title under a horizontal axis. Pure. */
export function bottomAxisLabel(value: string) {
  return { value, position: 'insideBottom', offset: -10, fontSize: 11 } as const;
}

/** The title beside a vertical axis, turned; `dy` centres it along the axis. Pure. */
export function sideAxisLabel(value: string, dy: number) {
  return { value, angle: -90, position: 'insideLeft', offset: 10, fontSize: 11, dy } as const;
}
