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
  | {
      type: 'table';
      header: string[];
      rows: string[][];
      caption?: string;
      align?: ColumnAlign[];
      /** Relative column widths (any unit); default: from the text. */
      widths?: number[];
    }
  | {
      type: 'diagram';
      svg: string;
      width: number;
      height: number;
      alt: string;
      /** How it prints on A4 (one page, or parts split by segment or lane band); default whole. */
      pages?: DiagramPage[];
    }
  | { type: 'warning'; title: string; items: string[] }
  | { type: 'toc'; title: string; entries: TocEntry[] }
  | { type: 'pageBreak' };

/** One printed page of a flowchart: a window of the drawing, at a scale that keeps text legible. */
export interface DiagramPage {
  svg: string;
  /** Size in SVG units. */
  width: number;
  height: number;
  orientation: 'portrait' | 'landscape';
  /** Points (1/72 inch) per SVG unit at print size. */
  scale: number;
  /** Caption of a part (`Part 1 of 3`); absent when the chart prints whole. */
  caption?: string;
}

/** A line of the table of contents: a heading of the document (level 1 or 2). */
export interface TocEntry {
  level: 1 | 2;
  text: string;
}

/** How a table column's cells are aligned. */
export type ColumnAlign = 'left' | 'center' | 'right';

/** What every printed page carries: a running header, and "Page X of Y" in the footer. */
export interface PageFurniture {
  /** Left of the header: the document's title. */
  title: string;
  /** Right of the header: document number and version, when known. */
  control?: string;
  /** "Page X of Y" split around the two numbers: `['第 ', ' 页  共 ', ' 页']`. */
  pageOf: [string, string, string];
}

/** A whole document: an SOP (`sop`) or job descriptions (`jobs`), in one language. */
export interface SopTree {
  kind: 'sop' | 'jobs' | 'workshop' | 'comparison';
  lang: Lang;
  /** Shown as the document title (and the HTML `<title>`). */
  title: string;
  blocks: SopBlock[];
  /** Running header and page numbers of the printed pages (PDF, DOCX). */
  furniture?: PageFurniture;
}
