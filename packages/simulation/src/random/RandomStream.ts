/**
 * A seeded stream of uniform random numbers (sfc32, seeded through splitmix32): small, fast,
 * and the same on every JavaScript engine. Each replication and each source of randomness
 * (an arrival stream, a step's durations, an xor's choices, a case attribute) has its own
 * stream, so changing one part of a process does not shift the numbers another part sees —
 * the basis of common random numbers between an as-is and a to-be run.
 */
export class RandomStream {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A stream seeded by a 32-bit integer. */
  constructor(seed: number) {
    let s = seed | 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let t = s ^ (s >>> 16);
      t = Math.imul(t, 0x21f0aaad);
      t = t ^ (t >>> 15);
      t = Math.imul(t, 0x735a2d97);
      return (t ^ (t >>> 15)) | 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    // The first outputs of sfc32 are weakly mixed; discard a few as its author recommends.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** The next number, uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** The next number, uniform in (0, 1): never 0, so its logarithm is finite. */
  nextOpen(): number {
    let u = this.next();
    while (u === 0) u = this.next();
    return u;
  }
}
