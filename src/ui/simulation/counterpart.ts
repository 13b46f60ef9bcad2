/**
 * Which stored document to compare the open one with, and which of the two is the as-is: a
 * to-be names its as-is in `derivedFrom`, so the pair is found in either direction.
 */
import type { DocumentSummary } from '../../editor/persistence/documentDb';

/** The other stored process of an as-is / to-be pair with the open document, if any. Pure. */
export function counterpart(
  documents: readonly DocumentSummary[],
  openKey: string | null,
  openId: string,
  openDerivedFrom?: string,
): DocumentSummary | undefined {
  const others = documents.filter((d) => d.key !== openKey);
  return (
    (openDerivedFrom ? others.find((d) => d.documentId === openDerivedFrom) : undefined) ??
    others.find((d) => d.derivedFrom === openId && d.documentId !== openId)
  );
}

/**
 * Whether the open document is the to-be of the pair (then the other is the as-is baseline);
 * with no `derivedFrom` link either way, the open document is taken as the as-is. Pure.
 */
export function openIsToBe(
  openDerivedFrom: string | undefined,
  other: { documentId: string },
): boolean {
  return openDerivedFrom !== undefined && openDerivedFrom === other.documentId;
}
