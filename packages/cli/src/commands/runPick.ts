import type { ProcessEvent } from '@flowsmith/compiler';
import type { RunChoice } from './runCase';

/**
 * The event an answer at the terminal names among `choices` (numbered from 1): one number takes
 * that choice; several (`1,3`, `1 3`, `1、3`) take those flows together, which must all be
 * non-default flows of the same inclusive split, each once (`notTogether` otherwise). `range` for
 * anything that is not numbers from 1 to `choices.length`. Pure.
 */
export function pickedEvent(
  choices: readonly RunChoice[],
  answer: string,
): { event: ProcessEvent } | { error: 'range' | 'notTogether' } {
  const parts = answer.split(/[\s,，、]+/).filter((p) => p !== '');
  const numbers = parts.map(Number);
  if (
    numbers.length === 0 ||
    numbers.some((n) => !Number.isInteger(n) || n < 1 || n > choices.length)
  )
    return { error: 'range' };
  const picked = numbers.map((n) => choices[n - 1]!);
  if (picked.length === 1) return { event: picked[0]!.event };
  const flows = picked.map((c) => c.inclusive);
  const first = flows[0];
  if (
    first === undefined ||
    new Set(numbers).size !== numbers.length ||
    flows.some((f) => f === undefined || f.key !== first.key || f.default)
  )
    return { error: 'notTogether' };
  return {
    event: { type: 'CHOOSE', stepId: first.stepId, flowIds: flows.map((f) => f!.flowId) },
  };
}

/**
 * The hint for the first inclusive split among `choices` that can take several flows: its name
 * and an example answer (the numbers of its first two non-default flows, `1,2`). Pure.
 */
export function severalHint(
  choices: readonly RunChoice[],
): { name: string; example: string } | undefined {
  const first = choices.find((c) => c.inclusive !== undefined && !c.inclusive.default)?.inclusive;
  if (first === undefined) return undefined;
  const numbers = choices.flatMap((c, i) =>
    c.inclusive?.key === first.key && !c.inclusive.default ? [i + 1] : [],
  );
  return numbers.length < 2
    ? undefined
    : { name: first.name, example: numbers.slice(0, 2).join(',') };
}
