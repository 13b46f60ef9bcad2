import { describe, expect, it } from 'vitest';
import { reachableIndexes } from './reachableIndexes';

//   0 → 1 → 2      3 → 4
//       ↑   │
//       └───┘
const adjacency = [[1], [2], [1], [4], []];

describe('reachableIndexes', () => {
  it('marks the seeds and everything reachable from them, loops included', () => {
    expect([...reachableIndexes(adjacency, [0])]).toEqual([1, 1, 1, 0, 0]);
    expect([...reachableIndexes(adjacency, [2, 3])]).toEqual([0, 1, 1, 1, 1]);
  });

  it('ignores negative seeds (unknown ids) and marks nothing without seeds', () => {
    expect([...reachableIndexes(adjacency, [-1])]).toEqual([0, 0, 0, 0, 0]);
    expect([...reachableIndexes(adjacency, [])]).toEqual([0, 0, 0, 0, 0]);
  });

  it('steps only onto the indexes `within` accepts, but always keeps the seeds', () => {
    expect([...reachableIndexes(adjacency, [0, 3], (i) => i !== 2 && i !== 3)]).toEqual([
      1, 1, 0, 1, 1,
    ]);
    expect([...reachableIndexes(adjacency, [0], (i) => i !== 1)]).toEqual([1, 0, 0, 0, 0]);
  });
});
