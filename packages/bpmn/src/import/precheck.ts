import type { Lang } from '@flowsmith/model';
import { BpmnImportError } from '../BpmnImportError';
import { countSuspects } from './countSuspects';
import type { KnownNames } from './knownNames';

/** Default size cap: 20 MiB. */
export const MAX_BPMN_SIZE = 20 * 2 ** 20;
/** Default nesting cap; real models nest a few dozen levels at most. */
export const MAX_BPMN_DEPTH = 200;
/**
 * The reader spends time proportional to the file's length on every warning (it finds the line
 * by scanning from the start), so warnings × length is capped: about a second of reading.
 */
export const MAX_WARNING_WORK = 1e9;

/**
 * Rejects what bpmn-moddle should never see: empty, huge, binary, non-XML or absurdly deep
 * input, and (given the names the reader knows) input that would make it warn so often that
 * reading takes minutes. Linear in the input. Throws {@link BpmnImportError}.
 */
export function precheck(
  xml: unknown,
  lang: Lang | undefined,
  maxSize = MAX_BPMN_SIZE,
  maxDepth = MAX_BPMN_DEPTH,
  known?: KnownNames,
): string {
  if (typeof xml !== 'string' || xml.trim() === '') throw BpmnImportError.of('empty', {}, lang);
  if (xml.length > maxSize)
    throw BpmnImportError.of('too-large', { bytes: xml.length, limit: maxSize }, lang);
  const head = xml.slice(0, 4096);
  // NUL and C0 controls never occur in XML text; NUL or several of them mean a binary file.
  // eslint-disable-next-line no-control-regex
  const controls = head.match(/[\u0000-\u0008\u000E-\u001A]/g)?.length ?? 0;
  if (head.includes('\u0000') || controls > 4 || head.includes('\uFFFD\uFFFD'))
    throw BpmnImportError.of('binary', {}, lang);
  const text = xml.replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('<')) {
    throw BpmnImportError.of(
      'not-xml',
      { start: [...text.slice(0, 20)].join('').replace(/\s+/g, ' ') },
      lang,
    );
  }
  checkDepth(text, lang, maxDepth);
  if (known) {
    const suspects = countSuspects(text, known);
    if (suspects.count * text.length > MAX_WARNING_WORK) {
      const line = text.slice(0, suspects.first?.offset ?? 0).split('\n').length;
      throw BpmnImportError.of(
        'too-many-unknown',
        { count: suspects.count, name: suspects.first?.name ?? '', line },
        lang,
      );
    }
  }
  return text;
}

function checkDepth(text: string, lang: Lang | undefined, maxDepth: number): void {
  let depth = 0;
  let i = text.indexOf('<');
  while (i >= 0) {
    const next = text.charCodeAt(i + 1);
    if (next === 0x21 /* ! */) {
      // comment, CDATA or doctype: skip to its end so markup inside is not counted
      const end = text.startsWith('<!--', i)
        ? text.indexOf('-->', i)
        : text.startsWith('<![CDATA[', i)
          ? text.indexOf(']]>', i)
          : text.indexOf('>', i);
      if (end < 0) return;
      i = text.indexOf('<', end);
      continue;
    }
    const close = text.indexOf('>', i);
    if (close < 0) return; // unterminated: the XML reader reports it
    if (next === 0x2f /* / */) depth--;
    else if (next !== 0x3f /* ? */ && text.charCodeAt(close - 1) !== 0x2f) {
      depth++;
      if (depth > maxDepth) {
        const line = text.slice(0, i).split('\n').length;
        throw BpmnImportError.of('too-deep', { depth, limit: maxDepth, line }, lang);
      }
    }
    i = text.indexOf('<', close);
  }
}
