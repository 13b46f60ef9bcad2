import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { computeFigures } from '../flow/computeMetrics';
import { RuleContext } from '../ruleContext';
import { subprocessUnresolved } from './subprocess-unresolved';

describe('rule subprocess-unresolved', () => {
  it('says a subprocess without its document counts as no work', () => {
    expect(subprocessUnresolved.check(new RuleContext(gallery.withSubprocess))).toMatchObject([
      { severity: 'info', steps: ['sub'] },
    ]);
  });

  it('is quiet when the child document is given', () => {
    const figures = computeFigures(gallery.withSubprocess, {
      resolveProcess: () => gallery.sequence3,
    });
    expect(
      subprocessUnresolved.check(new RuleContext(gallery.withSubprocess, 'en', figures)),
    ).toEqual([]);
  });
});
