import {
  conditionMessages,
  type ConditionSyntaxCode,
  type ConditionSyntaxParams,
} from '../messages/conditionMessages';
import { formatMessage, type Lang } from '../messages/lang';
import { nameNode, type ConditionAst } from './conditionAst';
import {
  tokenizeCondition,
  type ConditionSyntaxFault,
  type ConditionToken,
} from './tokenizeCondition';

/** How deep parentheses and `not` may nest, so hostile input cannot overflow the stack. */
export const MAX_CONDITION_DEPTH = 64;

/** Why a condition could not be read: a code, the 1-based column and a sentence. */
export interface ConditionSyntaxError {
  code: ConditionSyntaxCode;
  /** 1-based, counted in characters (code points), so `金额` is two columns. */
  column: number;
  message: string;
}

/** The result of {@link parseCondition}. */
export type ParseConditionResult =
  { ok: true; ast: ConditionAst; names: string[] } | { ok: false; error: ConditionSyntaxError };

class Fault {
  constructor(readonly fault: ConditionSyntaxFault) {}
}

/**
 * Reads a condition of the condition language (SPEC.md "Conditions"). Pure; never throws and
 * never evaluates code. On success gives the syntax tree and the data names it reads (distinct,
 * in order of first use); otherwise the first error with its column, in `options.lang`.
 */
export function parseCondition(src: string, options: { lang?: Lang } = {}): ParseConditionResult {
  const result = readCondition(src);
  return result.ok ? result : { ok: false, error: syntaxError(result.fault, options.lang) };
}

/** {@link parseCondition} before the error is rendered: the fault keeps its parameters. Pure. */
export function readCondition(
  src: string,
): { ok: true; ast: ConditionAst; names: string[] } | { ok: false; fault: ConditionSyntaxFault } {
  // A non-string from untyped JSON reads as the empty condition rather than throwing.
  const lexed = tokenizeCondition(typeof src === 'string' ? src : '');
  return lexed.ok ? parseTokens(lexed.tokens) : lexed;
}

/** The error object of a syntax fault, its message in `lang`. Pure. */
export function syntaxError(fault: ConditionSyntaxFault, lang?: Lang): ConditionSyntaxError {
  // The code and its parameters travel together in the fault union; TS cannot correlate them here.
  const message = formatMessage(conditionMessages, fault.code, fault.params as never, lang);
  return { code: fault.code, column: fault.params.column, message };
}

function parseTokens(
  tokens: ConditionToken[],
): { ok: true; ast: ConditionAst; names: string[] } | { ok: false; fault: ConditionSyntaxFault } {
  let pos = 0;
  let depth = 0;
  const names: string[] = [];
  const seen = new Set<string>();
  const peek = (): ConditionToken => tokens[pos]!;
  const fail = <C extends ConditionSyntaxCode>(
    code: C,
    params: ConditionSyntaxParams[C],
  ): never => {
    throw new Fault({ code, params } as ConditionSyntaxFault);
  };
  const deeper = (tok: ConditionToken): void => {
    if (++depth > MAX_CONDITION_DEPTH)
      fail('too-deep', { column: tok.column, max: MAX_CONDITION_DEPTH });
  };

  const parseOr = (): ConditionAst => chain('or', parseAnd);
  const parseAnd = (): ConditionAst => chain('and', parseNot);
  function chain(kind: 'and' | 'or', operand: () => ConditionAst): ConditionAst {
    const first = operand();
    if (peek().kind !== kind) return first;
    const operands = [first];
    while (peek().kind === kind) {
      pos++;
      operands.push(operand());
    }
    return { type: kind, operands };
  }
  function parseNot(): ConditionAst {
    const tok = peek();
    if (tok.kind !== 'not') return parseCompare();
    pos++;
    deeper(tok);
    const operand = parseNot();
    depth--;
    return { type: 'not', operand };
  }
  function parseCompare(): ConditionAst {
    const left = parsePrimary();
    const tok = peek();
    if (tok.kind !== 'op') return left;
    pos++;
    const right = parsePrimary();
    const after = peek();
    if (after.kind === 'op') fail('chained-comparison', { column: after.column, op: after.op });
    return { type: 'compare', op: tok.op, left, right };
  }
  function parsePrimary(): ConditionAst {
    const tok = peek();
    switch (tok.kind) {
      case 'number':
      case 'string':
        pos++;
        return { type: 'literal', value: tok.value };
      case 'true':
      case 'false':
        pos++;
        return { type: 'literal', value: tok.kind === 'true' };
      case 'name':
        pos++;
        if (!seen.has(tok.text)) {
          seen.add(tok.text);
          names.push(tok.text);
        }
        return nameNode(tok.text);
      case '(': {
        pos++;
        deeper(tok);
        const inner = parseOr();
        const close = peek();
        if (close.kind === 'end') fail('missing-paren', { column: close.column, open: tok.column });
        if (close.kind !== ')')
          fail('unexpected-token', { column: close.column, text: close.text });
        pos++;
        depth--;
        return inner;
      }
      default: {
        const prev = tokens[pos - 1];
        if (prev === undefined) {
          if (tok.kind === 'end') fail('empty', { column: 1 });
          fail('unexpected-token', { column: tok.column, text: tok.text });
        }
        return fail('expected-value', { column: tok.column, after: prev!.text });
      }
    }
  }

  try {
    const ast = parseOr();
    const rest = peek();
    if (rest.kind !== 'end') fail('unexpected-token', { column: rest.column, text: rest.text });
    return { ok: true, ast, names };
  } catch (e) {
    if (e instanceof Fault) return { ok: false, fault: e.fault };
    throw e;
  }
}
