import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ColumnAlign, SopBlock } from '../tree';
import { utf8 } from './base64';

/** What turning blocks into DOCX elements needs besides the blocks. */
export interface DocxBlockContext {
  /** `：` or `: ` after a label. */
  colon: string;
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

/** The DOCX paragraphs and tables of one block. */
export function docxBlock(block: SopBlock, ctx: DocxBlockContext): Array<Paragraph | Table> {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level - 1], children: runs(block.text) })];
    case 'paragraph': {
      const label = block.label
        ? [new TextRun({ text: `${block.label}${ctx.colon}`, bold: true })]
        : [];
      const color = block.tone === 'muted' ? '52606D' : undefined;
      return [
        new Paragraph({
          spacing: { after: 80 },
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
        table(block.header, block.rows, block.align, ctx.contentWidth),
        new Paragraph({ spacing: { after: 60 }, children: [] }),
      ];
    case 'diagram': {
      const maxW = ctx.contentWidth / 15;
      const maxH = (ctx.contentHeight - 1400) / 15;
      const scale = Math.min(maxW / block.width, maxH / block.height, 1);
      const size = {
        width: Math.round(block.width * scale),
        height: Math.round(block.height * scale),
      };
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'svg',
              data: utf8(block.svg),
              fallback: { type: 'png', data: ctx.fallbackPng(block.svg) },
              transformation: size,
              altText: { name: block.alt, description: block.alt, title: block.alt },
            }),
          ],
        }),
      ];
    }
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

function table(
  header: string[],
  rows: string[][],
  align: ColumnAlign[] | undefined,
  width: number,
): Table {
  const widths = columnWidths(header, rows, width);
  const alignment = (i: number) =>
    align?.[i] === 'center'
      ? AlignmentType.CENTER
      : align?.[i] === 'right'
        ? AlignmentType.RIGHT
        : AlignmentType.LEFT;
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      shading: head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF2F6' } : undefined,
      children: [
        new Paragraph({
          alignment: alignment(i),
          children: head ? [new TextRun({ text, bold: true })] : runs(text),
        }),
      ],
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) => cell(h, i, true)),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: header.map((_, i) => cell(r[i] ?? '', i, false)),
          }),
      ),
    ],
  });
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
