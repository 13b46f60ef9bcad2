/**
 * The duties segregation of duties keeps apart (COSO internal control): asking for something,
 * approving it, buying it, receiving it, paying for it, recording a transaction and reconciling
 * the records. The analysis recognises them from step kinds and names and knows which pairs clash.
 */
export const DUTIES = [
  'request',
  'approve',
  'purchase',
  'receive',
  'pay',
  'record',
  'reconcile',
] as const;

/** One of {@link DUTIES}. */
export type Duty = (typeof DUTIES)[number];

/**
 * Two duties written `"<duty>/<duty>"` (`"purchase/receive"`), as a document's
 * `allowedDutyPairs` names a pair it lets one role hold.
 */
export type DutyPairName = `${Duty}/${Duty}`;

/** Whether `text` names a pair of known duties, `"purchase/receive"`. Pure. */
export function isDutyPairName(text: string): text is DutyPairName {
  const parts = text.split('/');
  return parts.length === 2 && parts.every((p) => (DUTIES as readonly string[]).includes(p));
}
