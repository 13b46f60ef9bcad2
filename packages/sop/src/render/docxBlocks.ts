import type { Lang } from '@flowsmith/model';
import {
  AlignmentType,
  BorderStyle,
  Bookmark,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  PageReference,
  Paragraph,
  LineRuleType,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { ColumnAlign, SopBlock } from '../tree';
import { utf8 } from './base64';
import { keepTogether } from './keepTogether';
import { printPages } from './renderHtml';

/** What turning blocks into DOCX elements needs besides the blocks. */
export interface DocxBlockContext {
  /** `：` or `: ` after a label. */
  colon: string;
  lang: Lang;
  /** Bookmark names of the level-2 headings the contents link to, by heading text. */
  anchors: ReadonlyMap<string, string>;
  /** Width of the text column of the current page, in twips. */
  contentWidth: number;
  /** Height of the text column, in twips (to fit a diagram). */
  contentHeight: number;
  /** PNG shown by readers without SVG support, per diagram SVG. */
  fallbackPng: (svg: string) => Uint8Array;
  /** A fresh numbering instance, so each ordered list counts from 1. */
  nextListInstance: () => number;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/**
 * The DOCX paragraphs and tables of one block; a paragraph right before a table (`next`) keeps
 * with it, as headings do with whatever follows.
 */
export function docxBlock(
  block: SopBlock,
  ctx: DocxBlockContext,
  next?: SopBlock,
): Array<Paragraph | Table> {
  switch (block.type) {
    case 'heading': {
      const anchor = block.level === 2 ? ctx.anchors.get(block.text) : undefined;
      return [
        new Paragraph({
          heading: HEADINGS[block.level - 1],
          alignment: block.level === 1 ? AlignmentType.CENTER : undefined,
          children: anchor
            ? [new Bookmark({ id: anchor, children: runs(block.text) })]
            : runs(block.text),
        }),
      ];
    }
    case 'toc': {
      const right = ctx.contentWidth;
      return [
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(block.title) }),
        ...block.entries.map((e) => {
          const anchor = ctx.anchors.get(e.text);
          return new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: right, leader: 'dot' }],
            spacing: { after: 40 },
            children: anchor
              ? [
                  new InternalHyperlink({ anchor, children: [new TextRun(e.text)] }),
                  new TextRun('\t'),
                  new PageReference(anchor),
                ]
              : [new TextRun(e.text)],
          });
        }),
      ];
    }
    case 'paragraph': {
      const label = block.label
        ? [new TextRun({ text: `${block.label}${ctx.colon}`, bold: true })]
        : [];
      const color = block.tone === 'muted' ? '52606D' : undefined;
      return [
        new Paragraph({
          spacing: { after: 80 },
          keepNext: next?.type === 'table',
          children: [...label, ...runs(block.text, color)],
        }),
      ];
    }
    case 'list': {
      const instance = ctx.nextListInstance();
      return block.items.map(
        (item) =>
          new Paragraph({
            numbering: {
              reference: block.ordered ? 'sop-ordered' : 'sop-bullet',
              level: 0,
              instance,
            },
            children: runs(item),
          }),
      );
    }
    case 'table':
      return [
        ...(block.caption
          ? [
              new Paragraph({
                keepNext: true,
                spacing: { before: 120, after: 60 },
                children: [new TextRun({ text: block.caption, bold: true })],
              }),
            ]
          : []),
        table(block, ctx.contentWidth),
        new Paragraph({ spacing: { after: 60 }, children: [] }),
      ];
    case 'diagram':
      return printPages(block).flatMap((page, i) => {
        // Points to pixels (96 per inch) at the page's scale, within the text column.
        const px = (pt: number) => (pt * 96) / 72;
        const fit = Math.min(
          1,
          ctx.contentWidth / 20 / (page.width * page.scale),
          (ctx.contentHeight - 1600) / 20 / (page.height * page.scale),
        );
        const size = {
          width: Math.round(px(page.width * page.scale * fit)),
          height: Math.round(px(page.height * page.scale * fit)),
        };
        return [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            pageBreakBefore: i > 0,
            keepNext: true,
            children: [
              new ImageRun({
                type: 'svg',
                data: utf8(page.svg),
                fallback: { type: 'png', data: ctx.fallbackPng(page.svg) },
                transformation: size,
                altText: { name: block.alt, description: block.alt, title: block.alt },
              }),
            ],
          }),
          ...(page.caption
            ? [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [new TextRun({ text: page.caption, size: 18, color: '52606D' })],
                }),
              ]
            : []),
        ];
      });
    case 'warning': {
      const border = { style: BorderStyle.SINGLE, size: 12, color: 'C62828', space: 4 };
      const box = { top: border, bottom: border, left: border, right: border };
      const shading = { type: ShadingType.CLEAR, color: 'auto', fill: 'FDECEA' };
      return [
        new Paragraph({
          border: box,
          shading,
          children: [new TextRun({ text: `⚠ ${block.title}`, bold: true, color: 'B71C1C' })],
        }),
        ...block.items.map(
          (i) => new Paragraph({ border: box, shading, children: runs(`• ${i}`) }),
        ),
        new Paragraph({ children: [] }),
      ];
    }
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
  }
}

/** Text runs; line breaks in the text become breaks in the paragraph. */
function runs(text: string, color?: string): TextRun[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, color }));
}

function table(block: Extract<SopBlock, { type: 'table' }>, width: number): Table {
  const { header, rows, align } = block;
  const widths = block.widths
    ? givenWidths(block.widths, header.length, width)
    : columnWidths(header, rows, width);
  const alignment = (i: number) => docxAlign(align?.[i]);
  const keep = keepTogether(block);
  const cell = (text: string, i: number, head: boolean, last: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      shading: head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF2F6' } : undefined,
      children: text.split(/\r?\n/).map(
        (line) =>
          new Paragraph({
            alignment: alignment(i),
            // Short tables stay on one page: every paragraph but the last row's keeps with the next.
            keepNext: head || (keep && !last),
            spacing: { line: 264, lineRule: LineRuleType.AUTO },
            children: [new TextRun({ text: line, bold: head, size: 19 })],
          }),
      ),
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) => cell(h, i, true, false)),
      }),
      ...rows.map(
        (r, k) =>
          new TableRow({
            cantSplit: true,
            children: header.map((_, i) => cell(r[i] ?? '', i, false, k === rows.length - 1)),
          }),
      ),
    ],
  });
}

function docxAlign(a: ColumnAlign | undefined) {
  return a === 'center'
    ? AlignmentType.CENTER
    : a === 'right'
      ? AlignmentType.RIGHT
      : AlignmentType.LEFT;
}

/** Column widths in twips from relative `weights`, adding up to `total`. */
function givenWidths(weights: number[], columns: number, total: number): number[] {
  const w = Array.from({ length: columns }, (_, i) => Math.max(0.01, weights[i] ?? 1));
  const sum = w.reduce((a, b) => a + b, 0);
  const widths = w.map((x) => Math.floor((x / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * Column widths in twips that add up to `total`. Each column first gets room for the longest word
 * of its header (so no header breaks inside a word), then the rest of the width goes to columns in
 * proportion to how much more their longest cell needs (capped: long text wraps). CJK characters
 * count double.
 */
function columnWidths(header: string[], rows: string[][], total: number): number[] {
  const CHAR = 125; // twips of a wide-ish character at 10.5 pt, bold
  const MARGINS = 200;
  const weigh = (text: string) => {
    let w = 0;
    for (const c of text) w += c.codePointAt(0)! > 0x2e80 ? 2 : 1;
    return w;
  };
  const longestWord = (text: string) => Math.max(1, ...text.split(/\s+/).map(weigh));
  const least = header.map((h) => longestWord(h) * CHAR + MARGINS);
  const wish = header.map((_, i) =>
    Math.max(
      0,
      Math.min(40, Math.max(0, ...rows.map((r) => weigh(r[i] ?? '')))) * CHAR + MARGINS - least[i]!,
    ),
  );
  const spare = total - least.reduce((a, b) => a + b, 0);
  const wished = wish.reduce((a, b) => a + b, 0);
  const widths =
    spare <= 0
      ? least.map((l) => Math.floor((l / (total - spare)) * total))
      : least.map((l, i) =>
          Math.floor(l + (wished > 0 ? (wish[i]! / wished) * spare : spare / header.length)),
        );
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
