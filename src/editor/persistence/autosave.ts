/**
 * Debounced saving: `schedule()` after every change, one write `delayMs` after the last one;
 * `flush()` writes now (tab hidden, page closing, before switching documents). Writes never
 * overlap: a change during a write schedules one more write after it. Framework-free, with an
 * injectable timer so it is tested without a browser.
 */
import { type StorageProblem, toStorageProblem } from './storageProblem';

/** Where saving stands, for the status bar. */
export type SaveStatus =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'error'; problem: StorageProblem };

/** How an `Autosave` saves and reports. */
export interface AutosaveOptions {
  save: () => Promise<void>;
  onStatus: (status: SaveStatus) => void;
  delayMs?: number;
  timer?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

/** A debounced, non-overlapping saver; see the module comment. */
export class Autosave {
  private handle: unknown = null;
  private dirty = false;
  private lastWriteFailed = false;
  private running: Promise<void> | null = null;
  private readonly delayMs: number;
  private readonly timer: NonNullable<AutosaveOptions['timer']>;

  constructor(private readonly options: AutosaveOptions) {
    this.delayMs = options.delayMs ?? 600;
    this.timer = options.timer ?? {
      set: (fn, ms) => setTimeout(fn, ms),
      clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    };
  }

  /** True while a change has not reached storage yet. */
  get hasPendingChanges(): boolean {
    return this.dirty || this.running !== null;
  }

  /**
   * True from a failed write until a write succeeds: the page must not go without asking.
   * Read it before `flush()`, which reports "saving" while it retries.
   */
  get failed(): boolean {
    return this.lastWriteFailed;
  }

  /** Notes a change; the write happens after `delayMs` of quiet. */
  schedule(): void {
    this.dirty = true;
    this.options.onStatus({ state: 'pending' });
    if (this.handle !== null) this.timer.clear(this.handle);
    this.handle = this.timer.set(() => {
      this.handle = null;
      void this.flush();
    }, this.delayMs);
  }

  /** Writes pending changes now; resolves when storage has them (or the write failed). */
  async flush(): Promise<void> {
    if (this.handle !== null) {
      this.timer.clear(this.handle);
      this.handle = null;
    }
    while (this.running) await this.running;
    if (!this.dirty) return;
    this.dirty = false;
    this.options.onStatus({ state: 'saving' });
    this.running = this.options.save().then(
      () => {
        this.lastWriteFailed = false;
        if (!this.dirty) this.options.onStatus({ state: 'saved' });
      },
      (e: unknown) => {
        // The change is still unsaved: keep it dirty so the next flush retries.
        this.dirty = true;
        this.lastWriteFailed = true;
        this.options.onStatus({ state: 'error', problem: toStorageProblem(e) });
      },
    );
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  /** Forgets pending changes (after the document was replaced from elsewhere). */
  discard(): void {
    if (this.handle !== null) this.timer.clear(this.handle);
    this.handle = null;
    this.dirty = false;
    this.lastWriteFailed = false;
    this.options.onStatus({ state: 'saved' });
  }
}
