/** Disjoint sets over 0..n-1, for grouping activities into the parts of a cut. */
export class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }

  /** The representative of i's set. */
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }

  /** Joins the sets of a and b. */
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }

  /** The sets, each sorted, in order of their smallest member. */
  groups(): number[][] {
    const by = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      const g = by.get(r);
      if (g) g.push(i);
      else by.set(r, [i]);
    }
    return [...by.values()];
  }
}
