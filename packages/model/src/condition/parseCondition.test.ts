import { describe, it, expect } from 'vitest';
import { MAX_CONDITION_DEPTH, parseCondition } from './parseCondition';

function error(src: string, lang: 'en' | 'zh-CN' = 'en') {
  const r = parseCondition(src, { lang });
  if (r.ok) throw new Error(`expected a syntax error for ${src}`);
  return r.error;
}

describe('parseCondition', () => {
  it('CL-1 reads numbers, strings, booleans, names and comparisons', () => {
    const r = parseCondition('amount > 50000');
    expect(r).toEqual({
      ok: true,
      names: ['amount'],
      ast: {
        type: 'compare',
        op: '>',
        left: { type: 'name', name: 'amount', path: ['amount'] },
        right: { type: 'literal', value: 50000 },
      },
    });
    expect(parseCondition("tier == 'gold'").ok).toBe(true);
    expect(parseCondition('-1.5e3 < x').ok).toBe(true);
    expect(parseCondition('true').ok).toBe(true);
  });

  it('CL-2 reads Unicode names and dotted paths', () => {
    const r = parseCondition('金额 > 50000 and customer.tier == "金牌"');
    expect(r.ok && r.names).toEqual(['金额', 'customer.tier']);
    expect(r.ok && r.ast.type === 'and' && r.ast.operands[1]).toMatchObject({
      left: { type: 'name', path: ['customer', 'tier'] },
    });
    expect(parseCondition('_x1 == 1').ok).toBe(true);
  });

  it('CL-3 binds not tighter than and, and tighter than or; comparisons tightest', () => {
    const r = parseCondition('not a == 1 or b and c');
    expect(r.ok && r.ast).toMatchObject({
      type: 'or',
      operands: [{ type: 'not', operand: { type: 'compare' } }, { type: 'and' }],
    });
  });

  it('CL-3 reads &&, || and ! as and, or, not', () => {
    const a = parseCondition('!(a > 1) && b || c');
    const b = parseCondition('not (a > 1) and b or c');
    expect(a.ok && b.ok && a.ast).toEqual(b.ok && b.ast);
  });

  it('CL-3 keeps long chains flat', () => {
    const src = Array.from({ length: 10_000 }, (_, i) => `x${i} > ${i}`).join(' or ');
    const r = parseCondition(src);
    expect(r.ok && r.ast.type === 'or' && r.ast.operands.length).toBe(10_000);
  });

  it.each([
    ['amount > 5 )', 'unexpected-token', 12],
    ['(amount > 5', 'missing-paren', 12],
    ["name == 'abc", 'missing-quote', 9],
    ['amount >', 'expected-value', 9],
    ['amount > )', 'expected-value', 10],
    ['a == 1 b', 'unexpected-token', 8],
    ['a = 1', 'single-equals', 3],
    ['a < b < c', 'chained-comparison', 7],
    ['a # b', 'unexpected-character', 3],
    ['1.2.3 > a', 'bad-number', 1],
    ['"a\\q"', 'bad-escape', 3],
    ['', 'empty', 1],
    ['   ', 'empty', 1],
    [')', 'unexpected-token', 1],
    ['金额 >', 'expected-value', 5],
    ['😀 > 1', 'unexpected-character', 1],
    ['"😀" > ', 'expected-value', 7],
  ])('CL-4 reports %j as %s at column %i', (src, code, column) => {
    const e = error(src);
    expect(e.code).toBe(code);
    expect(e.column).toBe(column);
  });

  it('CL-4 says what and where, in English and Chinese', () => {
    expect(error('amount > 5 )').message).toBe("unexpected ')' at column 12");
    expect(error('amount >').message).toBe("expected a value after '>' at column 9");
    expect(error("x == 'abc").message).toMatch(/missing closing quote/);
    expect(error('amount > 5 )', 'zh-CN').message).toBe("第 12 列出现意外的 ')'");
    expect(error('(a', 'zh-CN').message).toMatch(/缺少 '\)'/);
  });

  it('CL-5 refuses nesting deeper than the cap without overflowing the stack', () => {
    const ok = '('.repeat(MAX_CONDITION_DEPTH) + 'a' + ')'.repeat(MAX_CONDITION_DEPTH);
    expect(parseCondition(ok).ok).toBe(true);
    expect(error('('.repeat(100_000) + 'a' + ')'.repeat(100_000)).code).toBe('too-deep');
    expect(error('not '.repeat(10_000) + 'a').code).toBe('too-deep');
    expect(error('!'.repeat(65) + 'a').column).toBe(65);
  });

  it('CL-6 treats hostile text as text', () => {
    const r = parseCondition('__proto__ == "<script>alert(1)</script>"');
    expect(r.ok && r.names).toEqual(['__proto__']);
    expect(parseCondition('constructor.prototype == 1').ok).toBe(true);
  });
});
