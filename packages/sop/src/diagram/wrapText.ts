/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth` at `fontSize`, without a
 * browser to measure: wide (CJK, emoji) characters count one em, others about 0.58 em. Breaks
 * at spaces where it can, anywhere in CJK text; the last line ends in `…` when text is left over.
 * Pure.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
): string[] {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let lastSpace = -1;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const w = charWidth(c) * fontSize;
    if (width + w > maxWidth && line.length > 0) {
      if (lines.length === maxLines - 1) return [...lines, ellipsize(line, maxWidth, fontSize)];
      // Break at the last space of the line when there is one, carrying the word over.
      const lineChars = [...line];
      if (c !== ' ' && lastSpace > 0) {
        lines.push(lineChars.slice(0, lastSpace).join(''));
        line = lineChars.slice(lastSpace + 1).join('');
      } else {
        lines.push(line);
        line = '';
      }
      width = measure(line, fontSize);
      lastSpace = -1;
      if (c === ' ') continue;
    }
    if (c === ' ') lastSpace = [...line].length;
    line += c;
    width += w;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Approximate width of `text` at `fontSize`. Pure. */
export function measure(text: string, fontSize: number): number {
  let w = 0;
  for (const c of text) w += charWidth(c) * fontSize;
  return w;
}

function ellipsize(line: string, maxWidth: number, fontSize: number): string {
  const chars = [...line];
  while (chars.length > 0 && measure(chars.join('') + '…', fontSize) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

function charWidth(c: string): number {
  const code = c.codePointAt(0)!;
  if (
    code >= 0x1100 &&
    (code <= 0x115f ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x1f300)
  )
    return 1;
  return 0.58;
}
