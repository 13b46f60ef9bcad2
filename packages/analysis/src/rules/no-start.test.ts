import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { noStart } from './no-start';

describe('rule no-start', () => {
  it('accepts a process with a start step', () => {
    expect(noStart.check(new RuleContext(gallery.sequence3))).toEqual([]);
  });

  it('reports a process without one as an error', () => {
    const doc = build.processOf('x', {
      steps: [build.task('a', undefined), build.end()],
      flows: [build.flow('a', 'end')],
    });
    const [f] = noStart.check(new RuleContext(doc, 'zh-CN'));
    expect(f).toMatchObject({ kind: 'no-start', severity: 'error', id: 'no-start' });
    expect(f!.message).toContain('开始节点');
  });
});
