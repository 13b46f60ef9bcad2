import type { Lang } from '../messages/lang';
import { jsonExpectationText, parseMessages } from '../messages/parseMessages';
import { findJsonSyntaxError, lineAndColumn } from './findJsonSyntaxError';
import { parseProcess } from './parseProcess';
import type { ParseOptions, ParseResult, Problem } from './parseResult';

/** The codes of problems that mean "not JSON at all", as opposed to an invalid document. */
export const JSON_SYNTAX_CODES: readonly string[] = ['json.empty', 'json.syntax'];

/** Whether `problem` says the text is not JSON at all. Pure. */
export function isJsonSyntaxProblem(problem: Problem): boolean {
  return JSON_SYNTAX_CODES.includes(problem.code);
}

/**
 * Parses the text of a `.flow.json` file: a leading UTF-8 byte order mark is ignored, empty text
 * and JSON syntax errors are problems with the line and column (1-based), and a JSON value goes
 * on to `parseProcess`. Pure; never throws.
 */
export function parseProcessJson(text: string, options: ParseOptions = {}): ParseResult {
  const lang = options.lang ?? 'en';
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') {
    const message = parseMessages['json.empty'][lang]({});
    return { ok: false, problems: [{ path: '', code: 'json.empty', message }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(source, error, lang)] };
  }
  return parseProcess(value, options);
}

function syntaxProblem(source: string, error: unknown, lang: Lang): Problem {
  const found = findJsonSyntaxError(source);
  const { line, column } = lineAndColumn(source, found ? found.offset : source.length);
  // the scanner and JSON.parse agree on RFC 8259; should they not, the engine's words are kept
  const detail = found
    ? jsonExpectationText(found.found, found.expected, lang)
    : error instanceof Error
      ? error.message
      : String(error);
  return {
    path: '',
    code: 'json.syntax',
    message: parseMessages['json.syntax'][lang]({ line, column, detail }),
  };
}
