/** The comparison operators of the condition language. */
export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** A value of the condition language: a number, a string or a boolean. */
export type ConditionValue = number | string | boolean;

/**
 * The syntax tree of a condition (see SPEC.md, "Conditions"). Discriminated by `type`.
 * `and` / `or` are n-ary (at least two operands) so a long chain `a or b or c …` stays
 * shallow; a parenthesised chain of the same operator is a nested node.
 */
export type ConditionAst =
  | { type: 'literal'; value: ConditionValue }
  | {
      type: 'name';
      /** The name as written, e.g. `customer.tier`. */
      name: string;
      /** `name` split at dots, precomputed so evaluation does not allocate. */
      path: readonly string[];
    }
  | { type: 'not'; operand: ConditionAst }
  | { type: 'and' | 'or'; operands: readonly ConditionAst[] }
  | { type: 'compare'; op: ComparisonOperator; left: ConditionAst; right: ConditionAst };

/** A name node for `name` (path split at dots). Pure. */
export function nameNode(name: string): ConditionAst {
  return { type: 'name', name, path: name.split('.') };
}
