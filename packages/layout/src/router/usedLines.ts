/** The stretches of horizontal ('h', keyed by y) and vertical ('v', keyed by x) lines flows use. */
export class UsedLines {
  private lines = new Map<string, Array<[number, number]>>();

  /** Records a stretch from `lo` to `hi` on line `at`. */
  add(axis: 'h' | 'v', at: number, lo: number, hi: number): void {
    const key = `${axis}${Math.round(at * 100)}`;
    const list = this.lines.get(key);
    if (list) list.push([Math.min(lo, hi), Math.max(lo, hi)]);
    else this.lines.set(key, [[Math.min(lo, hi), Math.max(lo, hi)]]);
  }

  /** Whether a recorded stretch on line `at` overlaps `lo`–`hi` by more than a point. */
  overlaps(axis: 'h' | 'v', at: number, lo: number, hi: number): boolean {
    if (this.lines.size === 0) return false;
    const list = this.lines.get(`${axis}${Math.round(at * 100)}`);
    if (!list) return false;
    for (const [a, b] of list) if (Math.min(b, hi) - Math.max(a, lo) > 0.5) return true;
    return false;
  }
}
