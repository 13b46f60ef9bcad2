import { describe, expect, it } from 'vitest';
import { guessMapping, isComplete, toColumnMapping } from './guessMapping';

describe('the mapping dialog', () => {
  it("guesses as the CLI does (the mining package's guessColumns)", () => {
    expect(guessMapping(['工单号', '活动', '时间', '处理人'])).toEqual({
      case: '工单号',
      activity: '活动',
      complete: '时间',
      resource: '处理人',
    });
  });

  it('says whether a draft can be read and turns it into the reader mapping', () => {
    expect(isComplete({ case: 'a', activity: 'b' })).toBe(false);
    expect(isComplete({ case: 'a', activity: 'b', start: 'c' })).toBe(true);
    expect(toColumnMapping({ case: 'a', activity: 'b', complete: 'c' }, 'Asia/Shanghai')).toEqual({
      attributes: [],
      case: 'a',
      activity: 'b',
      complete: 'c',
      timezone: 'Asia/Shanghai',
    });
  });
});
