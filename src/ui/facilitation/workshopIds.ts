/**
 * Ids for workshop records made in the browser: random, so two participants adding notes or votes
 * at the same moment never pick the same id (the model's `freshId` is deterministic and would).
 */

/** A new id `prefix-xxxxxxxx` (8 random base-36 characters). */
export function newWorkshopId(prefix: string): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}

/** The current time as ISO 8601 (what notes and the timer store). */
export function nowIso(): string {
  return new Date().toISOString();
}
