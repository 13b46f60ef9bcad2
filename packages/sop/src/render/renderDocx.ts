import {
  AlignmentType,
  Document,
  LevelFormat,
  LineRuleType,
  Packer,
  PageOrientation,
  type ISectionOptions,
} from 'docx';
import { sopLabels } from '../messages';
import type { SopBlock, SopTree } from '../tree';
import { docxBlock } from './docxBlocks';
import { DOCX_FONTS, PAGE } from './docxFonts';
import { diagramPage } from './renderHtml';

/** Options of `renderDocx`. */
export interface DocxOptions {
  /**
   * PNG renderings of flowchart SVGs, keyed by the SVG text, shown by readers that do not display
   * SVG images (older Word, LibreOffice). The CLI renders them with Chromium, the app with a canvas.
   * Without one, a 1×1 white PNG stands in and only SVG-capable readers (Word 2016+) show the chart.
   */
  diagramPngs?: ReadonlyMap<string, Uint8Array>;
}

/** A 1×1 white PNG: the stand-in fallback of an SVG image when no rendering was given. */
const BLANK_PNG = Uint8Array.from([
  137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0,
  0, 144, 119, 83, 222, 0, 0, 0, 12, 73, 68, 65, 84, 8, 215, 99, 248, 255, 255, 63, 0, 5, 254, 2,
  254, 167, 53, 129, 132, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
]);

/**
 * Renders a document tree as a Word document (DOCX): real headings (Heading 1–3), numbered and
 * bulleted lists, tables with a repeated header row, the flowchart as an SVG image (with a PNG
 * fallback) on a landscape page when it is wide, and East Asian fonts set so Chinese displays in
 * Word and LibreOffice. Works in Node and in the browser (no Node-only API). Pure apart from the
 * asynchronous zip step.
 */
export async function renderDocx(tree: SopTree, options: DocxOptions = {}): Promise<Uint8Array> {
  let instance = 0;
  const colon = sopLabels[tree.lang].colon;
  const sections: ISectionOptions[] = [];
  let pending: SopBlock[] = [];
  const flush = (page: 'portrait' | 'landscape' | 'a3') => {
    if (pending.length === 0) return;
    const size = page === 'a3' ? PAGE.a3 : PAGE.a4;
    const landscape = page !== 'portrait';
    const contentWidth = (landscape ? size.height : size.width) - 2 * PAGE.margin;
    const contentHeight = (landscape ? size.width : size.height) - 2 * PAGE.margin;
    const ctx = {
      colon,
      contentWidth,
      contentHeight,
      fallbackPng: (svg: string) => options.diagramPngs?.get(svg) ?? BLANK_PNG,
      nextListInstance: () => ++instance,
    };
    sections.push({
      properties: {
        page: {
          size: {
            width: size.width,
            height: size.height,
            orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
        },
      },
      children: pending.flatMap((b) => docxBlock(b, ctx)),
    });
    pending = [];
  };
  const blocks = tree.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const page = block.type === 'diagram' ? diagramPage(block.width, block.height) : 'portrait';
    if (page === 'portrait') {
      pending.push(block);
      continue;
    }
    // A wide diagram gets a page of its own, with the heading just before it.
    const heading = pending.at(-1)?.type === 'heading' ? pending.pop() : undefined;
    flush('portrait');
    pending = heading ? [heading, block] : [block];
    flush(page);
  }
  flush('portrait');
  const document = new Document({
    title: tree.title,
    creator: 'Flowsmith',
    styles: {
      default: {
        document: {
          // zh-CN as the East Asian language makes readers pick Simplified Chinese glyphs.
          run: {
            font: DOCX_FONTS,
            size: 21,
            language: { value: tree.lang === 'zh-CN' ? 'zh-CN' : 'en-US', eastAsia: 'zh-CN' },
          },
          // An explicit rule: LibreOffice reads a bare `line` as exact spacing and clips images.
          paragraph: { spacing: { line: 300, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font: DOCX_FONTS, size: 36, bold: true, color: '1F2933' },
          paragraph: { spacing: { after: 200 } },
        },
        heading2: {
          run: { font: DOCX_FONTS, size: 28, bold: true, color: '1F2933' },
          paragraph: { spacing: { before: 320, after: 120 } },
        },
        heading3: {
          run: { font: DOCX_FONTS, size: 23, bold: true, color: '1F2933' },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: 'sop-ordered',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 560, hanging: 360 } } },
            },
          ],
        },
        {
          reference: 'sop-bullet',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 560, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections,
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
