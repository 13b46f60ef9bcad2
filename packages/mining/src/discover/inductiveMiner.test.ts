import { describe, expect, it } from 'vitest';
import type { EventLog } from '../log/eventLog';
import { logOf } from '../testing/logOf';
import { inductiveMiner } from './inductiveMiner';
import { formatTree } from './processTree';
import { simplifyTree } from './simplifyTree';

const mine = (log: EventLog, noise = 0) => formatTree(simplifyTree(inductiveMiner(log, noise)));

describe('inductiveMiner', () => {
  it('finds sequence, choice, parallel and loop', () => {
    expect(mine(logOf('abc', 'abc'))).toBe('->(a, b, c)');
    expect(mine(logOf('abd', 'acd'))).toBe('->(a, X(b, c), d)');
    expect(mine(logOf('abcd', 'acbd'))).toBe('->(a, +(b, c), d)');
    expect(mine(logOf('abd', 'abcbd'))).toBe('->(a, *(b, c), d)');
    expect(mine(logOf('ab', 'a'))).toBe('->(a, X(b, tau))');
  });

  it('drops infrequent behaviour above the noise threshold, keeps it at 0', () => {
    // One case went back to a after c: no cut fits the whole relation.
    const traces = [...Array<string>(50).fill('abc'), 'abca'];
    expect(mine(logOf(...traces), 0.2)).toBe('->(a, b, c)');
    expect(mine(logOf(...traces), 0)).not.toBe('->(a, b, c)');
  });

  it('counts how often each branch and repetition was taken', () => {
    const tree = simplifyTree(inductiveMiner(logOf('abd', 'abd', 'abd', 'acd'), 0));
    expect(tree.type === 'sequence' && tree.children[1]).toMatchObject({
      type: 'xor',
      children: [
        { name: 'b', count: 3 },
        { name: 'c', count: 1 },
      ],
    });
  });

  it('returns a silent tree for an empty log', () => {
    expect(mine(logOf())).toBe('tau');
  });
});
