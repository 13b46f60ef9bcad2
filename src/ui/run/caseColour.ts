/** Colours told apart on the canvas and by colour-blind people, one per case in turn. */
const PALETTE = [
  '#2f6bff',
  '#e8590c',
  '#12b886',
  '#c2255c',
  '#7048e8',
  '#e0a800',
  '#0c8599',
  '#5c940d',
];

/** The colour of case number `n` (1-based): distinct for the first eight, then repeating. Pure. */
export function caseColour(n: number): string {
  const i = (((Math.floor(n) - 1) % PALETTE.length) + PALETTE.length) % PALETTE.length;
  return PALETTE[i]!;
}
