import type { Lang } from '@flowsmith/model';

/**
 * The document tree that every renderer reads: SOPs and job descriptions are built as a flat list
 * of blocks, so Markdown, HTML and DOCX show exactly the same content. All text is plain text
 * (never markup); renderers escape it for their format.
 */
export type SopBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; label?: string; tone?: 'muted' }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'table'; header: string[]; rows: string[][]; caption?: string; align?: ColumnAlign[] }
  | { type: 'diagram'; svg: string; width: number; height: number; alt: string }
  | { type: 'warning'; title: string; items: string[] }
  | { type: 'pageBreak' };

/** How a table column's cells are aligned. */
export type ColumnAlign = 'left' | 'center' | 'right';

/** A whole document: an SOP (`sop`) or job descriptions (`jobs`), in one language. */
export interface SopTree {
  kind: 'sop' | 'jobs';
  lang: Lang;
  /** Shown as the document title (and the HTML `<title>`). */
  title: string;
  blocks: SopBlock[];
}
