import type {
  ConditionEvaluationCode,
  ConditionEvaluationParams,
} from '../messages/conditionMessages';
import type { ComparisonOperator, ConditionAst, ConditionValue } from './conditionAst';
import { ConditionError } from './ConditionError';
import { formatCondition } from './formatCondition';
import { readCondition } from './parseCondition';

/** Case data that conditions read: plain values, possibly nested objects for dotted names. */
export type ConditionData = Readonly<Record<string, unknown>>;

/** The result of {@link tryEvaluateCondition}. */
export type EvaluationResult = { ok: true; value: boolean } | { ok: false; error: ConditionError };

/**
 * Evaluates a condition on case data (SPEC.md "Conditions", rules CL-1 … CL-8). Pure.
 * Throws a {@link ConditionError} when the source does not parse, a name is missing, types
 * do not match, or the result is not a boolean. Pass a pre-parsed AST on hot paths: evaluating
 * an AST allocates nothing unless it fails. Source strings are parsed once and cached.
 */
export function evaluateCondition(
  astOrSource: ConditionAst | string,
  data: ConditionData,
): boolean {
  const ast = typeof astOrSource === 'string' ? parsed(astOrSource) : astOrSource;
  return truth(ast, data);
}

/** Like {@link evaluateCondition}, but returns the error instead of throwing it. Pure. */
export function tryEvaluateCondition(
  astOrSource: ConditionAst | string,
  data: ConditionData,
): EvaluationResult {
  try {
    return { ok: true, value: evaluateCondition(astOrSource, data) };
  } catch (e) {
    if (e instanceof ConditionError) return { ok: false, error: e };
    throw e;
  }
}

/** Whether the condition holds: `true` only when it evaluates to `true` without error. Pure. */
export function conditionIsTrue(astOrSource: ConditionAst | string, data: ConditionData): boolean {
  const r = tryEvaluateCondition(astOrSource, data);
  return r.ok && r.value;
}

// Parsed sources by text; bounded so a stream of distinct conditions cannot grow it for ever.
const cache = new Map<string, ConditionAst | ConditionError>();
const CACHE_LIMIT = 2000;

function parsed(src: string): ConditionAst {
  let entry = cache.get(src);
  if (entry === undefined) {
    const r = readCondition(src);
    entry = r.ok ? r.ast : new ConditionError(r.fault.code, r.fault.params);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(src, entry);
  }
  if (entry instanceof ConditionError) throw entry;
  return entry;
}

function fail<C extends ConditionEvaluationCode>(
  code: C,
  params: ConditionEvaluationParams[C],
): never {
  throw new ConditionError(code, params);
}

function kindOf(v: unknown): string {
  if (v === undefined || v === null) return 'missing';
  return Array.isArray(v) ? 'array' : typeof v;
}

function truth(node: ConditionAst, data: ConditionData): boolean {
  const v = value(node, data);
  if (typeof v !== 'boolean') fail('not-boolean', { what: formatCondition(node), kind: kindOf(v) });
  return v as boolean;
}

function value(node: ConditionAst, data: ConditionData): ConditionValue {
  switch (node.type) {
    case 'literal':
      return node.value;
    case 'name':
      return lookup(node.name, node.path, data);
    case 'not':
      return !truth(node.operand, data);
    case 'and':
      // Indexed loops: no iterator object per evaluation.
      for (let i = 0; i < node.operands.length; i++)
        if (!truth(node.operands[i]!, data)) return false;
      return true;
    case 'or':
      for (let i = 0; i < node.operands.length; i++)
        if (truth(node.operands[i]!, data)) return true;
      return false;
    case 'compare':
      return compare(node.op, value(node.left, data), value(node.right, data));
  }
}

function lookup(name: string, path: readonly string[], data: ConditionData): ConditionValue {
  // Own properties only: `__proto__`, `constructor` or `toString` never read the prototype.
  let v: unknown;
  // Untyped callers may pass null or a primitive: that is data without names, not a crash.
  if (typeof data !== 'object' || data === null) fail('missing-name', { name });
  if (Object.hasOwn(data, name)) v = data[name];
  else if (path.length > 1) {
    let cur: unknown = data;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, segment)) {
        cur = undefined;
        break;
      }
      cur = (cur as Record<string, unknown>)[segment];
    }
    v = cur;
  }
  if (v === undefined || v === null) fail('missing-name', { name });
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return fail('unsupported-value', { name, kind: kindOf(v) });
}

function compare(op: ComparisonOperator, l: ConditionValue, r: ConditionValue): boolean {
  if (typeof l !== typeof r) fail('type-mismatch', { op, left: typeof l, right: typeof r });
  switch (op) {
    case '==':
      return l === r;
    case '!=':
      return l !== r;
  }
  if (typeof l === 'boolean') fail('not-ordered', { op, kind: 'boolean' });
  switch (op) {
    case '<':
      return l < r;
    case '<=':
      return l <= r;
    case '>':
      return l > r;
    case '>=':
      return l >= r;
  }
}
