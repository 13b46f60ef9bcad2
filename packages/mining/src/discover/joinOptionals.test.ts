import { describe, expect, it } from 'vitest';
import { logOf } from '../testing/logOf';
import { inductiveMiner } from './inductiveMiner';
import { joinOptionals } from './joinOptionals';
import { formatTree } from './processTree';
import { simplifyTree } from './simplifyTree';

const mined = (log: ReturnType<typeof logOf>) =>
  formatTree(joinOptionals(simplifyTree(inductiveMiner(log, 0)), log));

describe('joinOptionals', () => {
  it('writes two optional steps the same cases always do together as one optional block', () => {
    // b and c happen together or not at all: not two independent choices.
    expect(mined(logOf('abcd', 'ad', 'abcd', 'ad', 'abcd'))).toBe('->(a, X(->(b, c), tau), d)');
  });

  it('keeps them apart when some case does one without the other', () => {
    expect(mined(logOf('abcd', 'ad', 'abd', 'acd'))).toBe('->(a, X(b, tau), X(c, tau), d)');
  });
});
