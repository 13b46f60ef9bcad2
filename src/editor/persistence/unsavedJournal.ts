/**
 * The backstop for the last edit: when the page is hidden or closing with changes not yet in
 * IndexedDB, the document is written **synchronously** to localStorage (an IndexedDB write
 * started then may not finish before the page is gone). The next load restores it into its
 * record if nothing newer was stored by someone else, and otherwise as a copy — never lost, never
 * silently overwriting another tab. A successful IndexedDB write of the same change clears it.
 */
import type { ProcessDocument } from '@flowsmith/model';

/** One unsaved document, as left by a page that went away. */
export interface JournalEntry {
  /** The record it belongs to. */
  key: string;
  /** The record's revision the change was made on. */
  baseRevision: number;
  /** The workspace session that made it (records carry their writer). */
  writer: string;
  savedAt: number;
  doc: ProcessDocument;
}

/** The part of `localStorage` the journal uses (a Map-backed fake in tests). */
export interface JournalStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'flowsmith.unsaved.';

/** The journal of unsaved documents; every operation swallows storage errors and says so. */
export interface UnsavedJournal {
  /** Writes the entry now; false when it could not be written (quota, storage off). */
  write(entry: JournalEntry): boolean;
  /** Every entry left behind (unreadable ones are skipped). */
  entries(): JournalEntry[];
  clear(key: string): void;
}

/** A journal over `storage` (the app: `localStorage`). */
export function createJournal(storage: JournalStorage | undefined): UnsavedJournal {
  return {
    write(entry) {
      if (!storage) return false;
      try {
        storage.setItem(PREFIX + entry.key, JSON.stringify(entry));
        return true;
      } catch {
        return false;
      }
    },
    entries() {
      if (!storage) return [];
      const found: JournalEntry[] = [];
      try {
        for (let i = 0; i < storage.length; i++) {
          const name = storage.key(i);
          if (!name?.startsWith(PREFIX)) continue;
          const entry = readEntry(storage.getItem(name));
          if (entry && PREFIX + entry.key === name) found.push(entry);
        }
      } catch {
        // storage switched off: nothing to restore
      }
      return found;
    },
    clear(key) {
      try {
        storage?.removeItem(PREFIX + key);
      } catch {
        // nothing to clear
      }
    },
  };
}

function readEntry(text: string | null): JournalEntry | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<JournalEntry> | null;
    if (
      v &&
      typeof v.key === 'string' &&
      typeof v.baseRevision === 'number' &&
      typeof v.writer === 'string' &&
      typeof v.savedAt === 'number' &&
      v.doc !== undefined
    )
      return v as JournalEntry;
  } catch {
    // a half-written entry is not an entry
  }
  return null;
}
