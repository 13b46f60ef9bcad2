import type { KnownNames } from './knownNames';

/** How many elements the reader will warn about, and the first of them (name and line). */
export interface Suspects {
  count: number;
  first?: { name: string; offset: number };
}

const XMLNS = /\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * Counts, in one linear pass over the tags, the elements bpmn-moddle will report a warning for:
 * elements of a namespace it does not know (outside `extensionElements`, where anything goes),
 * unknown names in a namespace it knows, and repeated ids. The reader spends time proportional to
 * the file's length on each warning, so their number must be bounded before it runs. Approximate
 * (namespace declarations are taken file-wide), never throws.
 */
export function countSuspects(text: string, known: KnownNames): Suspects {
  const prefixes = new Map<string, string>();
  for (const m of text.matchAll(XMLNS))
    if (!prefixes.has(m[1] ?? '')) prefixes.set(m[1] ?? '', m[2] ?? m[3] ?? '');
  const ids = new Set<string>();
  const out: Suspects = { count: 0 };
  let inExtension = 0;
  let i = text.indexOf('<');
  while (i >= 0) {
    const next = text.charCodeAt(i + 1);
    const close = text.indexOf('>', i);
    if (close < 0) break;
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const end = text.startsWith('<!--', i)
        ? text.indexOf('-->', i)
        : text.startsWith('<![CDATA[', i)
          ? text.indexOf(']]>', i)
          : close;
      i = end < 0 ? -1 : text.indexOf('<', end);
      continue;
    }
    const closing = next === 0x2f;
    const nameEnd = nameEndAt(text, i + (closing ? 2 : 1), close);
    const qname = text.slice(i + (closing ? 2 : 1), nameEnd);
    const colon = qname.indexOf(':');
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    if (local === 'extensionElements') {
      if (closing) inExtension = Math.max(0, inExtension - 1);
      else if (text.charCodeAt(close - 1) !== 0x2f) inExtension++;
    } else if (!closing && inExtension === 0) {
      const uri = prefixes.get(colon < 0 ? '' : qname.slice(0, colon));
      const names = uri === undefined ? undefined : known.get(uri);
      let suspect = !names || !names.has(local);
      const id = ID.exec(text.slice(nameEnd, close));
      const value = id?.[1] ?? id?.[2];
      if (value !== undefined) {
        if (ids.has(value)) suspect = true;
        ids.add(value);
      }
      if (suspect) {
        out.count++;
        out.first ??= { name: qname, offset: i };
      }
    }
    i = text.indexOf('<', close);
  }
  return out;
}

function nameEndAt(text: string, from: number, limit: number): number {
  let j = from;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f) break;
    j++;
  }
  return j;
}
