/**
 * The pending moves of one event: (token, flow) pairs still to be entered, kept on a growable
 * typed-array stack so routing through gateways needs neither recursion nor allocation.
 */
export class MoveStack {
  private tokens = new Int32Array(64);
  private flows = new Int32Array(64);
  size = 0;
  /** Token and flow of the move last popped. */
  token = 0;
  flow = 0;

  push(token: number, flow: number): void {
    if (this.size === this.tokens.length) {
      const t = new Int32Array(this.size * 2);
      t.set(this.tokens);
      this.tokens = t;
      const f = new Int32Array(this.size * 2);
      f.set(this.flows);
      this.flows = f;
    }
    this.tokens[this.size] = token;
    this.flows[this.size++] = flow;
  }

  /** Pops the latest move into `token` and `flow`; false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    this.size--;
    this.token = this.tokens[this.size]!;
    this.flow = this.flows[this.size]!;
    return true;
  }
}
