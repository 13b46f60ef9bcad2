/**
 * The seed of the random stream for one source of randomness in one replication. Pure.
 *
 * The source is named by a string such as `duration:approve` or `arrival:start`, so two
 * documents that share a step id draw the same numbers for it (common random numbers), and the
 * stream does not depend on the order of steps in the document.
 */
export function streamSeed(seed: number, replication: number, source: string): number {
  let h = mix(Math.imul(seed | 0, 0x27d4eb2f) ^ Math.imul(replication + 1, 0x165667b1));
  for (let i = 0; i < source.length; i++) {
    h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  }
  return mix(h ^ source.length);
}

/** Murmur3's finaliser: spreads every input bit over the output. */
function mix(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
