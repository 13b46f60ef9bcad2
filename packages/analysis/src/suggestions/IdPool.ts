import type { ProcessDocument } from '@flowsmith/model';

/**
 * Hands out ids no collection of a document uses, in the model's `freshId` form `prefix-n`,
 * each at most once — so the suggestions of one analysis never share a new id and can be applied
 * one after another. Collects the document's ids once (the model's `freshId` re-reads them on
 * every call, which is quadratic over thousands of suggestions).
 */
export class IdPool {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();

  constructor(doc: ProcessDocument) {
    const collections = [
      doc.roles,
      doc.calendars,
      doc.data,
      doc.steps,
      doc.flows,
      doc.risks,
      doc.kpis,
    ];
    for (const list of collections) for (const record of list ?? []) this.taken.add(record.id);
  }

  /** The next unused `prefix-n`; never the same twice. */
  fresh(prefix: string): string {
    for (let n = this.next.get(prefix) ?? 1; ; n++) {
      const id = `${prefix}-${n}`;
      if (!this.taken.has(id)) {
        this.taken.add(id);
        this.next.set(prefix, n + 1);
        return id;
      }
    }
  }
}
