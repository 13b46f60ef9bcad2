import { DUTIES, isDutyPairName, type DutyPairName } from '../types/duty';
import { childPath } from './jsonPath';
import { nearestName } from './nearestName';
import type { ObjectReader } from './ObjectReader';
import type { ProblemCollector } from './ProblemCollector';

/** Every `"<duty>/<duty>"` name, for the hint of a mistyped one. */
const PAIR_NAMES: readonly string[] = DUTIES.flatMap((a) => DUTIES.map((b) => `${a}/${b}`));

/**
 * Reads the document's `allowedDutyPairs`: a list of `"<duty>/<duty>"` strings over
 * {@link DUTIES}; a wrong entry is a `field.enum` problem with the nearest pair as a hint.
 */
export function parseDutyPairs(c: ProblemCollector, r: ObjectReader): DutyPairName[] | undefined {
  const list = r.stringList('allowedDutyPairs');
  if (list === undefined) return undefined;
  const pairs: DutyPairName[] = [];
  list.forEach((text, i) => {
    if (isDutyPairName(text)) pairs.push(text);
    else
      c.report(childPath(r.at('allowedDutyPairs'), i), 'field.enum', {
        value: text,
        allowed: ['<duty>/<duty>', ...DUTIES],
        hint: nearestName(text, PAIR_NAMES),
      });
  });
  return pairs;
}
