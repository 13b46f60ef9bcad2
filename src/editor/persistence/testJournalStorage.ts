/** Test helper: an in-memory `JournalStorage` (localStorage's methods over a Map). */
import type { JournalStorage } from './unsavedJournal';

/** A fresh, empty in-memory storage. */
export function testJournalStorage(): JournalStorage & { readonly length: number } {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}
