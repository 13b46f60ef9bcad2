/**
 * Text as XML 1.0 can carry it: line ends as `\n`; control characters other than tab and line feed,
 * and the non-characters U+FFFE/U+FFFF, are removed. Pure. Export writes every BPMN name and
 * body through it; the `flowsmith:` extension (JSON, which escapes them) keeps the exact text.
 */
export function xmlText(text: string): string;
export function xmlText(text: string | undefined): string | undefined;
export function xmlText(text: string | undefined): string | undefined {
  // Line ends come back from an XML reader as \n (the writer does not escape \r), so write
  // them that way and compare with that; the exact text travels in the flowsmith: payload.
  return (
    text
      ?.replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
  );
}
