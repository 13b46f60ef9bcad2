import type { ConditionSyntaxCode, ConditionSyntaxParams } from '../messages/conditionMessages';

/** A token of the condition language, with its 1-based column (in code points). */
export type ConditionToken =
  | { kind: 'number'; value: number; text: string; column: number }
  | { kind: 'string'; value: string; text: string; column: number }
  | { kind: 'name'; text: string; column: number }
  | { kind: 'true' | 'false' | 'and' | 'or' | 'not'; text: string; column: number }
  | { kind: 'op'; op: '==' | '!=' | '<' | '<=' | '>' | '>='; text: string; column: number }
  | { kind: '(' | ')'; text: string; column: number }
  | { kind: 'end'; text: string; column: number };

/** A syntax error found while reading the condition: its code and message parameters. */
export type ConditionSyntaxFault = {
  [C in ConditionSyntaxCode]: { code: C; params: ConditionSyntaxParams[C] };
}[ConditionSyntaxCode];

const KEYWORDS: ReadonlyMap<string, 'true' | 'false' | 'and' | 'or' | 'not'> = new Map([
  ['true', 'true'],
  ['false', 'false'],
  ['and', 'and'],
  ['or', 'or'],
  ['not', 'not'],
]);
const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\\', '\\'],
  ["'", "'"],
  ['"', '"'],
  ['n', '\n'],
  ['t', '\t'],
]);
const NAME_START = /^[\p{L}_]$/u;
const NAME_PART = /^[\p{L}\p{M}\p{Nd}_]$/u;
const DIGIT = /^[0-9]$/;
const SPACE = /^\s$/u;
const NUMBER = /^-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

/**
 * Splits a condition into tokens; the last one is always `end`. Pure, never throws.
 * `&&`, `||` and `!` are read as `and`, `or` and `not` (their text keeps the alias).
 */
export function tokenizeCondition(
  src: string,
): { ok: true; tokens: ConditionToken[] } | { ok: false; fault: ConditionSyntaxFault } {
  // Code points, so columns count a Chinese character or an emoji as one.
  const chars = Array.from(src);
  const tokens: ConditionToken[] = [];
  const fail = <C extends ConditionSyntaxCode>(code: C, params: ConditionSyntaxParams[C]) =>
    ({ ok: false, fault: { code, params } as ConditionSyntaxFault }) as const;
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    const column = i + 1;
    const next = chars[i + 1];
    if (SPACE.test(c)) {
      i++;
    } else if (
      DIGIT.test(c) ||
      (c === '-' && next !== undefined && DIGIT.test(next)) ||
      (c === '.' && next !== undefined && DIGIT.test(next))
    ) {
      let j = i + 1;
      // Take a whole word so `12abc` or `1.2.3` is one bad number, not a number and a name.
      while (
        j < chars.length &&
        (NAME_PART.test(chars[j]!) ||
          chars[j] === '.' ||
          ((chars[j] === '+' || chars[j] === '-') && /[eE]/.test(chars[j - 1]!)))
      )
        j++;
      const text = chars.slice(i, j).join('');
      const value = Number(text);
      if (!NUMBER.test(text) || !Number.isFinite(value))
        return fail('bad-number', { column, text });
      tokens.push({ kind: 'number', value, text, column });
      i = j;
    } else if (c === '"' || c === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        const d = chars[j];
        if (d === undefined) return fail('missing-quote', { column });
        if (d === c) break;
        if (d === '\\') {
          const e = chars[j + 1];
          const replacement = e === undefined ? undefined : ESCAPES.get(e);
          if (replacement === undefined)
            return fail('bad-escape', { column: j + 1, text: `\\${e ?? ''}` });
          value += replacement;
          j += 2;
        } else {
          value += d;
          j++;
        }
      }
      tokens.push({ kind: 'string', value, text: chars.slice(i, j + 1).join(''), column });
      i = j + 1;
    } else if (NAME_START.test(c)) {
      let j = i + 1;
      for (;;) {
        if (j < chars.length && NAME_PART.test(chars[j]!)) j++;
        // A dot continues the name only when a new segment starts after it.
        else if (chars[j] === '.' && j + 1 < chars.length && NAME_START.test(chars[j + 1]!)) j += 2;
        else break;
      }
      const text = chars.slice(i, j).join('');
      const keyword = KEYWORDS.get(text);
      tokens.push(keyword ? { kind: keyword, text, column } : { kind: 'name', text, column });
      i = j;
    } else {
      const two = c + (next ?? '');
      if (two === '==' || two === '!=' || two === '<=' || two === '>=') {
        tokens.push({ kind: 'op', op: two, text: two, column });
        i += 2;
      } else if (two === '&&' || two === '||') {
        tokens.push({ kind: two === '&&' ? 'and' : 'or', text: two, column });
        i += 2;
      } else if (c === '<' || c === '>') {
        tokens.push({ kind: 'op', op: c, text: c, column });
        i++;
      } else if (c === '!') {
        tokens.push({ kind: 'not', text: c, column });
        i++;
      } else if (c === '(' || c === ')') {
        tokens.push({ kind: c, text: c, column });
        i++;
      } else if (c === '=') {
        return fail('single-equals', { column });
      } else {
        return fail('unexpected-character', { column, text: c });
      }
    }
  }
  tokens.push({ kind: 'end', text: '', column: chars.length + 1 });
  return { ok: true, tokens };
}
