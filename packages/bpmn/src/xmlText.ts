/**
 * Text as XML 1.0 can carry it: control characters other than tab, line feed and carriage return,
 * and the non-characters U+FFFE/U+FFFF, are removed. Pure. Export writes every BPMN name and
 * body through it; the `flowsmith:` extension (JSON, which escapes them) keeps the exact text.
 */
export function xmlText(text: string): string;
export function xmlText(text: string | undefined): string | undefined;
export function xmlText(text: string | undefined): string | undefined {
  // eslint-disable-next-line no-control-regex
  return text?.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
