import { useEffect, useState } from 'react';
import type { ProcessDocument } from '@flowsmith/model';
import { useEditorState, useWorkspace } from '../EditorContext';
import { counterpart, openIsToBe } from '../simulation/counterpart';
import { loadStoredDocument } from '../simulation/loadStoredDocument';
import { useCompare } from './compareStore';

/** The pair being compared: both documents and which one is open. */
export interface ComparePair {
  asIs: ProcessDocument;
  toBe: ProcessDocument;
  openIsAsIs: boolean;
}

/**
 * The stored process to compare the open one with — the one chosen in the panel, else its
 * as-is / to-be partner by `derivedFrom` — loaded from storage (again whenever it is saved), and
 * the pair ordered as-is first. The open side follows every edit live.
 */
export function usePartner(): {
  key: string | null;
  pair: ComparePair | null;
  error: string | null;
} {
  const chosen = useCompare((s) => s.partnerKey);
  const documents = useWorkspace((s) => s.documents);
  const openKey = useWorkspace((s) => s.key);
  const doc = useEditorState((s) => s.doc);
  const key =
    chosen === undefined
      ? (counterpart(documents, openKey, doc.id, doc.derivedFrom)?.key ?? null)
      : chosen && documents.some((d) => d.key === chosen && d.key !== openKey)
        ? chosen
        : null;
  const summary = documents.find((d) => d.key === key);
  const stamp = summary ? `${summary.key}:${summary.revision}` : null;
  const [loaded, setLoaded] = useState<{ stamp: string; doc: ProcessDocument } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!stamp || !key) return;
    let live = true;
    loadStoredDocument(key).then(
      (other) => live && other && (setLoaded({ stamp, doc: other }), setError(null)),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [stamp, key]);
  const other = loaded && loaded.stamp === stamp ? loaded.doc : null;
  if (!other || !summary) return { key, pair: null, error };
  const toBeOpen = openIsToBe(doc.derivedFrom, summary);
  return {
    key,
    pair: toBeOpen
      ? { asIs: other, toBe: doc, openIsAsIs: false }
      : { asIs: doc, toBe: other, openIsAsIs: true },
    error,
  };
}
