import type { DocumentSummary } from './documentDb';

/** An as-is process and the to-be variants derived from it (`derivedFrom`). */
export interface DocumentFamily {
  asIs: DocumentSummary;
  variants: DocumentSummary[];
}

/**
 * Groups stored processes into families: each document whose `derivedFrom` names another stored
 * document's id is listed under it (variants in name order); every other document heads a family
 * of its own. For the documents dialog and the compare panel. Pure.
 */
export function familyOf(documents: readonly DocumentSummary[]): DocumentFamily[] {
  const ids = new Set(documents.map((d) => d.documentId));
  const heads = documents.filter(
    (d) => !d.derivedFrom || !ids.has(d.derivedFrom) || d.derivedFrom === d.documentId,
  );
  return heads.map((asIs) => ({
    asIs,
    variants: documents
      .filter(
        (d) => d !== asIs && d.derivedFrom === asIs.documentId && d.documentId !== asIs.documentId,
      )
      .sort((a, b) => a.name.localeCompare(b.name)),
  }));
}
