import type { ProcessDocument } from '@flowsmith/model';

/** A suggestion that must never be offered on a gallery process. */
export type Never =
  /** No suggestion removes or merges away this step. */
  | { removes: string }
  /** No suggestion makes role `to` do step `gives` (by reassigning, merging or removing a role). */
  | { gives: string; to: string };

/**
 * An as-is process written from a real situation, with the judgement an expert would sign:
 * the controls it has, the findings that must appear, the three largest by impact, and the
 * suggestions that must never appear.
 */
export interface GalleryCase {
  doc: ProcessDocument;
  /** The situation it was written from, in one or two sentences. */
  situation: string;
  /** Step ids `controlsOf` must recognise as controls. */
  controls: string[];
  /** Finding ids or kinds that must appear. */
  findings: string[];
  /** Finding kinds of the first three findings by impact, largest first. */
  topThree: string[];
  never: Never[];
}
