import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { nameNode, type ConditionAst, type ComparisonOperator } from './conditionAst';
import { formatCondition } from './formatCondition';
import { parseCondition } from './parseCondition';

const canonical = (src: string): string => {
  const r = parseCondition(src);
  if (!r.ok) throw new Error(r.error.message);
  return formatCondition(r.ast);
};

describe('formatCondition', () => {
  it('CL-10 prints canonically', () => {
    expect(canonical('a>1&&!(b)||c')).toBe('a > 1 and not b or c');
    expect(canonical("x == 'it\\'s'")).toBe('x == "it\'s"');
    expect(canonical('(a or b) and (c and d)')).toBe('(a or b) and (c and d)');
    expect(canonical('((a))')).toBe('a');
    expect(canonical('not (a or b)')).toBe('not (a or b)');
    expect(canonical('(a and b) == true')).toBe('(a and b) == true');
    expect(canonical('金额 > 5e4')).toBe('金额 > 50000');
  });

  const segment = fc.oneof(
    fc.constantFrom('amount', 'tier', '金额', '客户', 'x_1', '_y', 'αβ', 'and_or', 'notx', 'truex'),
    fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}$/),
  );
  const name = fc
    .array(segment, { minLength: 1, maxLength: 3 })
    .map((parts) => parts.join('.'))
    .filter((n) => !['and', 'or', 'not', 'true', 'false'].includes(n));
  const literal = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.string(),
    fc.boolean(),
  );
  const op = fc.constantFrom<ComparisonOperator>('==', '!=', '<', '<=', '>', '>=');
  const { tree } = fc.letrec<{ tree: ConditionAst; leaf: ConditionAst }>((tie) => ({
    leaf: fc.oneof(
      literal.map((value): ConditionAst => ({ type: 'literal', value })),
      name.map(nameNode),
    ),
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      tie('leaf'),
      tie('tree').map((operand): ConditionAst => ({ type: 'not', operand })),
      fc
        .tuple(
          fc.constantFrom<'and' | 'or'>('and', 'or'),
          fc.array(tie('tree'), { minLength: 2, maxLength: 4 }),
        )
        .map(([type, operands]): ConditionAst => ({ type, operands })),
      fc
        .tuple(op, tie('tree'), tie('tree'))
        .map(([o, left, right]): ConditionAst => ({ type: 'compare', op: o, left, right })),
    ),
  }));

  it('CL-10 format then parse gives back the same tree (property)', () => {
    fc.assert(
      fc.property(tree, (ast) => {
        const r = parseCondition(formatCondition(ast));
        expect(r.ok && r.ast).toEqual(ast);
      }),
      { numRuns: 300 },
    );
  });

  it('CL-5 random strings never throw (property)', () => {
    const chars = fc.constantFrom(
      ...'()!=<>&|"\'\\ .-_09aez金😀'.split(''),
      'and',
      'or',
      'not ',
      'true',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(chars).map((a) => a.join('')),
        ),
        (src) => {
          const r = parseCondition(src);
          if (!r.ok) {
            expect(r.error.column).toBeGreaterThanOrEqual(1);
            expect(r.error.column).toBeLessThanOrEqual(Array.from(src).length + 1);
            expect(r.error.message.length).toBeGreaterThan(0);
          } else {
            expect(parseCondition(formatCondition(r.ast))).toEqual(r);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
