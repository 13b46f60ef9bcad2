/** Colours told apart on the canvas and by colour-blind people: cases in a run, people in a room. */
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

/** The `i`-th distinct colour (0-based; any whole number, wrapping after eight). Pure. */
export function distinctColour(i: number): string {
  const n = PALETTE.length;
  return PALETTE[((Math.floor(i) % n) + n) % n]!;
}
