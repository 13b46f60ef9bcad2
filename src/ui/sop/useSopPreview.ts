import { useEffect, useState } from 'react';
import type { Lang, ProcessDocument } from '@flowsmith/model';
import type { SopTree } from '@flowsmith/sop';
import type { SopView } from '../../workers/sopProtocol';
import { buildInWorker } from './sopWorkerClient';

/** How long edits settle before the preview is made again, in ms. */
export const PREVIEW_DELAY = 350;

/** The preview's state: the last document made (kept while the next is made), and any error. */
export interface SopPreview {
  tree: SopTree | null;
  html: string | null;
  building: boolean;
  error: string | null;
}

/**
 * The SOP (or job descriptions) of `doc` in `lang`, made in the worker shortly after the last
 * edit (debounced); an answer that arrives after a newer request is dropped.
 */
export function useSopPreview(doc: ProcessDocument, lang: Lang, view: SopView): SopPreview {
  const [state, setState] = useState<SopPreview>({
    tree: null,
    html: null,
    building: true,
    error: null,
  });
  const viewKey = view.kind === 'sop' ? 'sop' : `jobs:${view.role ?? ''}`;
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, building: true }));
    const timer = setTimeout(() => {
      buildInWorker(doc, lang, view).then(
        ({ tree, html }) => live && setState({ tree, html, building: false, error: null }),
        (e: unknown) =>
          live &&
          setState((s) => ({
            ...s,
            building: false,
            error: e instanceof Error ? e.message : String(e),
          })),
      );
    }, PREVIEW_DELAY);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `view` is compared by its key: a new object with the same meaning must not rebuild.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, lang, viewKey]);
  return state;
}
