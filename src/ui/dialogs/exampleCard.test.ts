import { describe, expect, it } from 'vitest';
import { exampleCard } from './ExamplesDialog';

describe('exampleCard', () => {
  it('reads the name, language and as-is of an example', () => {
    const text = JSON.stringify({
      id: 'b',
      name: '采购审批（优化后）',
      language: 'zh-CN',
      derivedFrom: 'a',
    });
    expect(exampleCard(text)).toEqual({
      name: '采购审批（优化后）',
      language: 'zh-CN',
      derivedFrom: 'a',
    });
  });
  it('gives nothing for text that is not a named process', () => {
    expect(exampleCard('not json')).toBeNull();
    expect(exampleCard('{"name": 3}')).toBeNull();
  });
});
