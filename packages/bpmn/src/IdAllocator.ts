/**
 * Hands out unique ids in one id space, turning each wanted id into a valid one. Import uses
 * Flowsmith's syntax (`[A-Za-z0-9_.-]+`), export XML's NCName (no leading digit, dot or dash).
 */
export class IdAllocator {
  private readonly used = new Set<string>();

  constructor(private readonly syntax: 'flowsmith' | 'ncname') {}

  /** Marks `id` as taken without checking it. */
  reserve(id: string): void {
    this.used.add(id);
  }

  /** Whether `id` is taken. */
  has(id: string): boolean {
    return this.used.has(id);
  }

  /** A free, valid id as close to `wanted` as possible; `fallback` when nothing of it is usable. */
  allocate(wanted: string | undefined, fallback = 'id'): string {
    let base = this.valid(wanted ?? '') || fallback;
    if (base.length > 200) base = base.slice(0, 200);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}_${n}`;
    this.used.add(id);
    return id;
  }

  private valid(wanted: string): string {
    let id = wanted.replace(/[^A-Za-z0-9_.-]+/g, '_');
    if (/^_+$/.test(id) && !/^_+$/.test(wanted)) id = '';
    if (this.syntax === 'ncname' && /^[^A-Za-z_]/.test(id)) id = `_${id}`;
    return id;
  }
}
