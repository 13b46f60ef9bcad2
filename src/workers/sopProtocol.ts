import type { Lang, ProcessDocument } from '@flowsmith/model';
import type { SopTree } from '@flowsmith/sop';

/** Which document the SOP panel shows: the SOP, or job descriptions (of one role, or all). */
export type SopView = { kind: 'sop' } | { kind: 'jobs'; role?: string };

/** A request to the SOP worker: build a document tree and its HTML, or render a tree as Markdown or DOCX. */
export type SopRequest =
  | { id: number; type: 'build'; doc: ProcessDocument; lang: Lang; view: SopView }
  | { id: number; type: 'markdown'; tree: SopTree }
  | { id: number; type: 'docx'; tree: SopTree; pngs: Array<[svg: string, png: Uint8Array]> };

/** The worker's answer to request `id`. */
export type SopResponse =
  | { id: number; ok: true; type: 'build'; tree: SopTree; html: string }
  | { id: number; ok: true; type: 'markdown'; text: string }
  | { id: number; ok: true; type: 'docx'; bytes: Uint8Array }
  | { id: number; ok: false; message: string };
