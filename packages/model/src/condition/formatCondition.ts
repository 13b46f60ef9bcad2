import type { ConditionAst } from './conditionAst';

/**
 * Prints a condition in canonical form: keywords `and` / `or` / `not`, single spaces around
 * operators, strings in double quotes with `\\`, `\"`, `\n`, `\t` escaped, and only the
 * parentheses the tree needs. Pure. `parseCondition(formatCondition(ast)).ast` equals `ast`.
 */
export function formatCondition(ast: ConditionAst): string {
  switch (ast.type) {
    case 'literal':
      return formatLiteral(ast.value);
    case 'name':
      return ast.name;
    case 'not':
      // `not` binds tighter than and/or but looser than a comparison: `not a == b` is `not (a == b)`.
      return `not ${ast.operand.type === 'and' || ast.operand.type === 'or' ? `(${formatCondition(ast.operand)})` : formatCondition(ast.operand)}`;
    case 'and':
    case 'or':
      return ast.operands
        .map((o) => {
          // A nested and/or of the same kind keeps its parentheses so the tree survives a round trip.
          const wrap = o.type === 'or' || (o.type === 'and' && ast.type === 'and');
          return wrap ? `(${formatCondition(o)})` : formatCondition(o);
        })
        .join(` ${ast.type} `);
    case 'compare':
      return `${formatOperand(ast.left)} ${ast.op} ${formatOperand(ast.right)}`;
  }
}

/** Comparison operands are primaries: anything else needs parentheses. */
function formatOperand(ast: ConditionAst): string {
  return ast.type === 'literal' || ast.type === 'name'
    ? formatCondition(ast)
    : `(${formatCondition(ast)})`;
}

function formatLiteral(value: string | number | boolean): string {
  if (typeof value === 'string') {
    return `"${value.replace(/[\\"\n\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t' })[c]!)}"`;
  }
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  return value ? 'true' : 'false';
}
