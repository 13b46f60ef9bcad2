import { distinctColour } from '../styles/distinctColour';

/** The colour of case number `n` (1-based): distinct for the first eight, then repeating. Pure. */
export function caseColour(n: number): string {
  return distinctColour(n - 1);
}
