/** Colours of the simulation charts: as-is grey, to-be (or a single run) the accent, queues distinct hues. */

/** Colour of slot `slot` when `slots` documents are shown. Pure. */
export function slotColour(slot: number, slots: number): string {
  return slots > 1 && slot === 0 ? '#98a2b3' : '#2f6bff';
}

/** Colours for queue lines, in order. */
export const QUEUE_COLOURS: readonly string[] = ['#e8590c', '#0c8599', '#9c36b5', '#2b8a3e'];

/** Tooltips small enough for the side panel. */
export const TOOLTIP_STYLE = {
  fontSize: 11,
  padding: '4px 8px',
  maxWidth: 260,
  whiteSpace: 'normal',
} as const;
