/**
 * Escapes text for HTML, XML and SVG, in element content and in quoted attributes alike:
 * `& < > " '` become entities, and characters XML forbids (control characters, lone surrogates)
 * are dropped. Pure.
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Characters XML 1.0 forbids: C0 controls other than tab, line feed and carriage return; U+FFFE/F. */
const XML_FORBIDDEN = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(11, 12)}${String.fromCharCode(14)}-${String.fromCharCode(31)}\uFFFE\uFFFF]`,
  'g',
);

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
