/**
 * A process tree, what the inductive miner finds: activities (leaves), silent steps (`tau`) and the
 * operators sequence, exclusive choice, parallel and loop (`children[0]` the body done at least once,
 * `children[1]` the redo part between repetitions). `count` is how many (sub)traces passed the node:
 * a loop's body counts every repetition, so redo.count / body.count is the chance to repeat.
 */
export type ProcessTree =
  | { type: 'activity'; name: string; count: number }
  | { type: 'tau'; count: number }
  | { type: 'sequence' | 'xor' | 'and'; children: ProcessTree[]; count: number }
  | { type: 'loop'; children: [ProcessTree, ProcessTree]; count: number };

/** The tree as text, `->(a, X(b, tau), *(c, d))`, for tests and messages. Pure. */
export function formatTree(t: ProcessTree): string {
  switch (t.type) {
    case 'activity':
      return t.name;
    case 'tau':
      return 'tau';
    case 'sequence':
      return `->(${t.children.map(formatTree).join(', ')})`;
    case 'xor':
      return `X(${t.children.map(formatTree).join(', ')})`;
    case 'and':
      return `+(${t.children.map(formatTree).join(', ')})`;
    case 'loop':
      return `*(${t.children.map(formatTree).join(', ')})`;
  }
}
