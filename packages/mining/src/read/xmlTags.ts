import { textChunks, type LogSource } from './textChunks';

/**
 * A start, end or empty-element tag of an XML text, with its attributes and line; or, when asked
 * for, the `text` between two tags (kind `text`, entities decoded, CDATA as written, name '').
 */
export interface XmlTag {
  name: string;
  kind: 'open' | 'close' | 'empty' | 'text';
  attributes: Record<string, string>;
  line: number;
  text?: string;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * The tags of an XML text read in a stream: comments, processing instructions, doctype and text
 * between tags are skipped; entities in attribute values are decoded. A tag split across chunks is
 * joined; memory holds one chunk and one unfinished tag. With `options.text`, the non-empty text
 * between tags is yielded too (a text split across chunks comes as several pieces). Not a
 * validating parser: it reads the well-formed XML that XES and XLSX writers produce. Pure apart
 * from reading `source`.
 */
export async function* xmlTags(
  source: LogSource,
  options: { text?: boolean } = {},
): AsyncGenerator<XmlTag> {
  const withText = options.text === true;
  const textTag = (text: string, line: number): XmlTag => ({
    name: '',
    kind: 'text',
    attributes: {},
    line,
    text,
  });
  let carry = '';
  let line = 1;
  for await (const chunk of textChunks(source)) {
    const text = carry + chunk;
    let pos = 0;
    for (;;) {
      const lt = text.indexOf('<', pos);
      if (lt < 0) {
        // Keep a text's tail for the next chunk only when it may hold an unfinished entity.
        const amp = withText ? text.lastIndexOf('&') : -1;
        const cut = amp >= pos && text.indexOf(';', amp) < 0 ? amp : text.length;
        if (withText && cut > pos) yield textTag(decodeEntities(text.slice(pos, cut)), line);
        line += newlines(text, pos, cut);
        pos = cut;
        break;
      }
      if (withText && lt > pos) yield textTag(decodeEntities(text.slice(pos, lt)), line);
      line += newlines(text, pos, lt);
      pos = lt;
      const end = tagEnd(text, lt);
      if (end < 0) break;
      const raw = text.slice(lt, end + 1);
      const tagLine = line;
      line += newlines(text, lt, end + 1);
      pos = end + 1;
      if (withText && raw.startsWith('<![CDATA[')) {
        if (raw.length > 12) yield textTag(raw.slice(9, -3), tagLine);
        continue;
      }
      const tag = readTag(raw, tagLine);
      if (tag) yield tag;
    }
    carry = text.slice(pos);
  }
}

function newlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Index of the `>` closing the markup at `lt`, or -1 when it is not in `text` yet. */
function tagEnd(text: string, lt: number): number {
  if (text.startsWith('<!--', lt)) {
    const e = text.indexOf('-->', lt + 4);
    return e < 0 ? -1 : e + 2;
  }
  if (text.startsWith('<![CDATA[', lt)) {
    const e = text.indexOf(']]>', lt + 9);
    return e < 0 ? -1 : e + 2;
  }
  // Fast path: the first `>` closes the tag unless it sits inside a quoted attribute value.
  const gt = text.indexOf('>', lt);
  if (gt < 0) return -1;
  let quotes = 0;
  let apostrophe = false;
  for (let i = lt + 1; i < gt; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quotes++;
    else if (c === 39) apostrophe = true;
  }
  if (!apostrophe && quotes % 2 === 0) return gt;
  let quote = 0;
  for (let i = lt + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}

function readTag(raw: string, line: number): XmlTag | undefined {
  const second = raw[1];
  if (second === '!' || second === '?') return undefined;
  if (second === '/') return { name: raw.slice(2, -1).trim(), kind: 'close', attributes: {}, line };
  const m = /^<([^\s/>]+)/.exec(raw);
  if (!m) return undefined;
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  ATTRIBUTE.lastIndex = m[0].length;
  for (let a = ATTRIBUTE.exec(raw); a; a = ATTRIBUTE.exec(raw))
    attributes[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
  return { name: m[1]!, kind: raw.endsWith('/>') ? 'empty' : 'open', attributes, line };
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** `&amp;`, `&#60;`, `&#x3C;` … decoded; an unknown entity is left as written. Pure. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code =
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED[e] ?? all;
  });
}
