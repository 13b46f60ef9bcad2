import { describe, expect, it } from 'vitest';
import { commandMessages, refusal, type RefusalCode } from './commandMessages';

const sample = {
  id: 'a<b>',
  field: 'f',
  type: 't',
  from: 'x',
  to: 'y',
  usedBy: 'u',
  expected: 3,
  column: 2,
  detail: 'd',
  flow: 'fl',
  value: 5,
  max: 10_000,
};

describe('commandMessages', () => {
  it.each(Object.keys(commandMessages) as RefusalCode[])(
    '%s exists in English and Chinese',
    (code) => {
      const en = refusal(code, sample as never, 'en');
      const zh = refusal(code, sample as never, 'zh-CN');
      expect(en.code).toBe(code);
      expect(en.message).toMatch(/^[A-Z"]/);
      expect(zh.message).toMatch(/[\u4e00-\u9fff]/);
      expect(refusal(code, sample as never).message).toBe(en.message);
    },
  );
});
