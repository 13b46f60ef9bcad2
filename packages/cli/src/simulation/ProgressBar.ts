/** The part of a terminal stream the bar writes to (process.stderr). */
export interface TerminalStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

/**
 * A one-line progress bar on a terminal (`simulate [████░░░░] 42 %`), redrawn at most ten times
 * a second. Draws nothing when the stream is not a terminal, so piped output and logs stay clean.
 */
export class ProgressBar {
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: TerminalStream,
    private readonly label: string,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Whether anything will be drawn. */
  get active(): boolean {
    return this.stream.isTTY === true;
  }

  /** Shows `fraction` (0..1) done. */
  update(fraction: number): void {
    if (!this.active) return;
    const t = this.now();
    if (this.drawn && t - this.lastDraw < 100 && fraction < 1) return;
    this.lastDraw = t;
    this.drawn = true;
    const f = Math.min(1, Math.max(0, fraction));
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - this.label.length - 12));
    const full = Math.round(f * width);
    this.stream.write(
      `\r${this.label} [${'█'.repeat(full)}${'░'.repeat(width - full)}] ${String(Math.floor(f * 100)).padStart(3)} %`,
    );
  }

  /** Clears the line. */
  done(): void {
    if (this.active && this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}
