/**
 * Reading what IndexedDB hands back, which may be anything: a record written by an older version,
 * edited by hand in the developer tools, or half-written. Nothing from storage reaches the editor
 * without going through `parseProcess`; a record that fails is *damaged*: it is kept where it is
 * (never deleted, never overwritten), marked in the document list with the first problem's JSON
 * path, and its raw JSON can be exported.
 */
import { parseProcess, type Lang, type ProcessDocument, type Problem } from '@flowsmith/model';

/** Why a stored record cannot be opened: the first problem (path inside the document) and how many. */
export interface RecordDamage {
  path: string;
  message: string;
  count: number;
}

/** What the document list shows about a stored process without loading it. */
export interface DocumentSummary {
  key: string;
  name: string;
  documentId: string;
  /** The as-is document a to-be came from (`derivedFrom`), shown as a badge. */
  derivedFrom?: string;
  stepCount: number;
  updatedAt: number;
  revision: number;
  /** Set when the record cannot be opened; it is kept aside for export. */
  damaged?: RecordDamage;
}

/** A stored process: its summary and the document itself. */
export interface StoredDocument extends DocumentSummary {
  doc: ProcessDocument;
  /** The workspace session that wrote this revision (to recover a closed tab's journal). */
  writer?: string;
}

/** Thrown when a stored record does not hold a valid process. */
export class DamagedRecordError extends Error {
  constructor(
    readonly key: string,
    readonly damage: RecordDamage,
  ) {
    super(`stored process ${key} is damaged at ${damage.path || '(document)'}: ${damage.message}`);
    this.name = 'DamagedRecordError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const count = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

function damageOf(problems: Problem[]): RecordDamage {
  const first = problems[0];
  return {
    path: first?.path ?? '',
    message: first?.message ?? 'unreadable',
    count: problems.length,
  };
}

/** Parses the document of a raw record; the damage when it is not a valid process. Pure. */
export function parseStoredDoc(
  raw: unknown,
  lang: Lang = 'en',
): { ok: true; doc: ProcessDocument } | { ok: false; damage: RecordDamage } {
  const doc = isObject(raw) ? raw.doc : raw;
  // The whole record is parsed only when it is not a record at all.
  const result = parseProcess(doc, { lang });
  return result.ok
    ? { ok: true, doc: result.document }
    : { ok: false, damage: damageOf(result.problems) };
}

/**
 * The list entry of a raw record, cheaply: a record whose shape is wrong (no document object, no
 * step/flow/role lists) is parsed to say where, and marked damaged. One that looks right is
 * parsed fully only when it is opened. Pure; never throws.
 */
export function summarizeRecord(raw: unknown, lang: Lang = 'en'): DocumentSummary | null {
  if (!isObject(raw)) return null;
  const key = raw.key;
  if (typeof key !== 'string') return null;
  const doc = isObject(raw.doc) ? raw.doc : undefined;
  const summary: DocumentSummary = {
    key,
    name: text(raw.name) ?? text(doc?.name) ?? key,
    documentId: text(raw.documentId) ?? text(doc?.id) ?? key,
    stepCount: count(raw.stepCount) ?? (Array.isArray(doc?.steps) ? doc.steps.length : 0),
    updatedAt: count(raw.updatedAt) ?? 0,
    revision: count(raw.revision) ?? 0,
  };
  const derivedFrom = text(raw.derivedFrom);
  if (derivedFrom !== undefined) summary.derivedFrom = derivedFrom;
  const shapeOk =
    doc !== undefined &&
    Array.isArray(doc.steps) &&
    Array.isArray(doc.flows) &&
    Array.isArray(doc.roles) &&
    typeof doc.name === 'string' &&
    typeof doc.id === 'string';
  if (!shapeOk) {
    const parsed = parseStoredDoc(raw, lang);
    summary.damaged = parsed.ok
      ? { path: '', message: 'the record around the document is incomplete', count: 1 }
      : parsed.damage;
  }
  return summary;
}

/**
 * The stored process of a raw record, its document parsed and validated; throws
 * `DamagedRecordError` when it is not a valid process. Pure.
 */
export function readStoredRecord(key: string, raw: unknown, lang: Lang = 'en'): StoredDocument {
  const summary = summarizeRecord(raw, lang);
  const parsed = parseStoredDoc(raw, lang);
  if (!parsed.ok) throw new DamagedRecordError(key, parsed.damage);
  if (!summary || summary.damaged)
    throw new DamagedRecordError(
      key,
      summary?.damaged ?? { path: '', message: 'not a stored process', count: 1 },
    );
  const writer = isObject(raw) ? text(raw.writer) : undefined;
  return { ...summary, doc: parsed.doc, ...(writer !== undefined ? { writer } : {}) };
}

/** The raw JSON of a record's document, for export: as stored, whatever it is. Pure; never throws. */
export function rawRecordJson(raw: unknown): string {
  const doc = isObject(raw) && 'doc' in raw ? raw.doc : raw;
  if (typeof doc === 'string') return doc;
  try {
    return JSON.stringify(doc, null, 2) ?? String(doc);
  } catch {
    // cycles or BigInt (possible in IndexedDB, not in JSON): the whole record, flattened
    try {
      return JSON.stringify(raw, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v), 2);
    } catch {
      return String(doc);
    }
  }
}
