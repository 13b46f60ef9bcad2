import { describe, expect, it } from 'vitest';
import { formatMessage, resolveLang, type MessageTable } from './lang';

describe('resolveLang', () => {
  it.each([
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh_CN.UTF-8', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['en-US', 'en'],
    ['de', 'en'],
    [undefined, 'en'],
    ['', 'en'],
  ])('%s -> %s', (tag, lang) => {
    expect(resolveLang(tag)).toBe(lang);
  });
});

describe('formatMessage', () => {
  const table: MessageTable<{ missing: { id: string } }> = {
    missing: { en: ({ id }) => `no step "${id}"`, 'zh-CN': ({ id }) => `没有步骤“${id}”` },
  };
  it('renders in the chosen language', () => {
    expect(formatMessage(table, 'missing', { id: 's1' })).toBe('no step "s1"');
    expect(formatMessage(table, 'missing', { id: 's1' }, 'zh-CN')).toBe('没有步骤“s1”');
  });
});
