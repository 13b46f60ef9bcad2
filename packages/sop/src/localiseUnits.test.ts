import { describe, expect, it } from 'vitest';
import { localiseUnits } from './localiseUnits';

describe('localiseUnits', () => {
  it('writes time units after a number in Chinese', () => {
    expect(localiseUnits('≤ 1 d', 'zh-CN')).toBe('≤ 1 天');
    expect(localiseUnits('4h 内, 30min', 'zh-CN')).toBe('4 小时 内, 30 分钟');
    expect(localiseUnits('≥ 98%', 'zh-CN')).toBe('≥ 98%');
  });

  it('leaves words, and English documents, alone', () => {
    expect(localiseUnits('3 days, 2 hours', 'zh-CN')).toBe('3 days, 2 hours');
    expect(localiseUnits('≤ 1 d', 'en')).toBe('≤ 1 d');
  });
});
