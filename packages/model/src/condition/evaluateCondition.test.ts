import { describe, it, expect } from 'vitest';
import { ConditionError } from './ConditionError';
import { conditionIsTrue, evaluateCondition, tryEvaluateCondition } from './evaluateCondition';
import { parseCondition } from './parseCondition';

const data = {
  amount: 1200,
  金额: 60000,
  tier: 'gold',
  urgent: true,
  zero: 0,
  empty: '',
  customer: { tier: 'silver', address: { city: '上海' } },
  'flat.key': 7,
  nothing: null,
  list: [1, 2],
};

describe('evaluateCondition', () => {
  it.each([
    ['amount > 1000', true],
    ['amount <= 1000', false],
    ['amount == 1200', true],
    ['amount != 1200', false],
    ['amount >= 1200 and amount < 1201', true],
    ['金额 > 50000', true],
    ["tier == 'gold'", true],
    ['tier != "silver"', true],
    ['tier < "h"', true],
    ['"abc" < "abd"', true],
    ['urgent', true],
    ['not urgent', false],
    ['urgent == true', true],
    ['zero == 0', true],
    ['empty == ""', true],
    ['customer.tier == "silver"', true],
    ['customer.address.city == "上海"', true],
    ['flat.key == 7', true],
    ['false or amount > 0', true],
    ['true and false', false],
    ['not (amount > 1000 and tier == "gold")', false],
    ['!(amount > 1) || urgent && tier == "gold"', true],
    ['1 < 2', true],
    ['-5 < 0', true],
    ['"a\\"b" == \'a"b\'', true],
  ])('CL-7 %s is %s', (src, expected) => {
    expect(evaluateCondition(src, data)).toBe(expected);
    const r = parseCondition(src);
    expect(r.ok && evaluateCondition(r.ast, data)).toBe(expected);
  });

  it('CL-7 and/or short-circuit: the unread side cannot fail', () => {
    expect(evaluateCondition('false and missing > 1', data)).toBe(false);
    expect(evaluateCondition('true or missing > 1', data)).toBe(true);
  });

  it.each([
    ['missing > 1', 'missing-name'],
    ['nothing == 1', 'missing-name'],
    ['customer.rank == 1', 'missing-name'],
    ['amount.x == 1', 'missing-name'],
    ['list == 1', 'unsupported-value'],
    ['customer == 1', 'unsupported-value'],
    ['amount == "1200"', 'type-mismatch'],
    ['urgent == 1', 'type-mismatch'],
    ['urgent < true', 'not-ordered'],
    ['amount', 'not-boolean'],
    ['not tier', 'not-boolean'],
    ['urgent and 1', 'not-boolean'],
    ['amount >', 'expected-value'],
  ])('CL-8 %s fails with %s', (src, code) => {
    expect(() => evaluateCondition(src, data)).toThrow(ConditionError);
    const r = tryEvaluateCondition(src, data);
    expect(!r.ok && r.error.code).toBe(code);
    expect(conditionIsTrue(src, data)).toBe(false);
  });

  it('CL-8 errors say what in both languages', () => {
    const r = tryEvaluateCondition('amount == "1200"', data);
    expect(!r.ok && r.error.message).toBe("cannot compare a number with a string using '=='");
    expect(!r.ok && r.error.messageIn('zh-CN')).toBe("不能用 '==' 比较数字和字符串");
    const m = tryEvaluateCondition('客户 > 1', data);
    expect(!r.ok && !m.ok && m.error.messageIn('zh-CN')).toBe("案例数据中没有 '客户'");
  });

  it('CL-9 reads own properties only: __proto__ and friends read nothing from the prototype', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const r = tryEvaluateCondition(`${name} == 1`, {});
      expect(!r.ok && r.error.code, name).toBe('missing-name');
    }
    expect(evaluateCondition('__proto__ == 1', JSON.parse('{"__proto__": 1}'))).toBe(true);
    const r = tryEvaluateCondition('constructor.name == "Object"', {});
    expect(!r.ok && r.error.code).toBe('missing-name');
  });

  it('CL-8 data that is not an object has no names', () => {
    const r = tryEvaluateCondition('a == 1', null as unknown as Record<string, unknown>);
    expect(!r.ok && r.error.code).toBe('missing-name');
    expect(evaluateCondition('1 == 1', null as unknown as Record<string, unknown>)).toBe(true);
  });

  it('CL-7 NaN from data compares like IEEE: equal to nothing', () => {
    expect(evaluateCondition('x == x', { x: NaN })).toBe(false);
    expect(evaluateCondition('x != 1', { x: NaN })).toBe(true);
  });
});
