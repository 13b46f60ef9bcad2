import {
  formatCondition,
  parseCondition,
  type ComparisonOperator,
  type ConditionAst,
} from '@flowsmith/model';

const OPERATORS: Record<string, ComparisonOperator> = {
  '=': '==',
  '==': '==',
  '!=': '!=',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
};

/**
 * Prosimos rules — a list of alternatives (or), each a list of `{ attribute, comparison, value }`
 * that must all hold (and); `in` takes `[min, max]` (`"inf"` for no maximum) — as a condition of
 * Flowsmith's condition language, or undefined when a rule has no equivalent (an unknown
 * comparison, an attribute name the language cannot spell). Pure.
 */
export function prosimosCondition(rules: unknown): string | undefined {
  if (!Array.isArray(rules) || rules.length === 0) return undefined;
  const alternatives: ConditionAst[] = [];
  for (const group of rules) {
    if (!Array.isArray(group) || group.length === 0) return undefined;
    const parts: ConditionAst[] = [];
    for (const rule of group) {
      const part = atomic(rule);
      if (!part) return undefined;
      parts.push(...part);
    }
    alternatives.push(parts.length === 1 ? parts[0]! : { type: 'and', operands: parts });
  }
  const ast: ConditionAst =
    alternatives.length === 1 ? alternatives[0]! : { type: 'or', operands: alternatives };
  const text = formatCondition(ast);
  return parseCondition(text).ok ? text : undefined;
}

function atomic(rule: unknown): ConditionAst[] | undefined {
  if (typeof rule !== 'object' || rule === null) return undefined;
  const { attribute, comparison, value } = rule as Record<string, unknown>;
  if (typeof attribute !== 'string' || typeof comparison !== 'string') return undefined;
  const name: ConditionAst = { type: 'name', name: attribute, path: attribute.split('.') };
  const compare = (op: ComparisonOperator, v: string | number | boolean): ConditionAst => ({
    type: 'compare',
    op,
    left: name,
    right: { type: 'literal', value: v },
  });
  if (comparison === 'in') {
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const min = Number(value[0]);
    const max = value[1] === 'inf' ? Infinity : Number(value[1]);
    if (!Number.isFinite(min) || Number.isNaN(max)) return undefined;
    if (min === max) return [compare('==', min)];
    return Number.isFinite(max) ? [compare('>=', min), compare('<=', max)] : [compare('>=', min)];
  }
  const op = OPERATORS[comparison];
  if (!op) return undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return [compare(op, value)];
  if (typeof value !== 'string') return undefined;
  // Ordering compares numbers; equality keeps the text (discrete attributes are strings).
  const n = Number(value);
  return [compare(op, op === '==' || op === '!=' || !Number.isFinite(n) ? value : n)];
}
