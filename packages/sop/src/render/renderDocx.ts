import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { sopLabels } from '../messages';
import type { PageFurniture, SopBlock, SopTree } from '../tree';
import { docxBlock, type DocxBlockContext } from './docxBlocks';
import { PAGE } from './docxFonts';
import { docxFonts } from './fonts';
import { furnitureOf } from './furnitureOf';
import { printPages } from './renderHtml';

/** Options of `renderDocx`. */
export interface DocxOptions {
  /**
   * PNG renderings of flowchart SVGs, keyed by the SVG text (every SVG `docxImages` lists), shown
   * by readers that do not display SVG images (older Word, LibreOffice). The CLI renders them with
   * Chromium, the app with a canvas. Without one, a 1×1 white PNG stands in and only SVG-capable
   * readers (Word 2016+) show the chart.
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
 * The SVG images a DOCX of `tree` holds (each flowchart's print parts), with their sizes in SVG
 * units: what `diagramPngs` should render. Pure.
 */
export function docxImages(tree: SopTree): Array<{ svg: string; width: number; height: number }> {
  return tree.blocks.flatMap((b) => (b.type === 'diagram' ? printPages(b) : []));
}

/**
 * Renders a document tree as a Word document (DOCX): real headings (Heading 1–3, kept with the
 * next paragraph, bookmarked), the contents with page numbers (PAGEREF fields), numbered and
 * bulleted lists, tables with set column widths, a repeated header row and rows that do not
 * split, each flowchart part as an SVG image (with a PNG fallback) on its own page (landscape when
 * the part is), a running header (title, document number and version) and the footer "第 X 页
 * 共 Y 页" with PAGE and NUMPAGES fields, and the language's East Asian font (SC) and language
 * on every run. Works in Node and in the browser (no Node-only API). Pure apart from the
 * asynchronous zip step.
 */
export async function renderDocx(tree: SopTree, options: DocxOptions = {}): Promise<Uint8Array> {
  let instance = 0;
  const colon = sopLabels[tree.lang].colon;
  const toc = tree.blocks.find((b) => b.type === 'toc');
  const anchors = new Map<string, string>();
  toc?.entries.forEach((e, i) => anchors.set(e.text, `sec${i + 1}`));
  const furniture = furnitureOf(tree);
  const sections: ISectionOptions[] = [];
  let pending: SopBlock[] = [];
  const flush = (orientation: 'portrait' | 'landscape') => {
    if (pending.length === 0) return;
    const landscape = orientation === 'landscape';
    const size = PAGE.a4;
    const m = PAGE.margin;
    const contentWidth = (landscape ? size.height : size.width) - m.left - m.right;
    const contentHeight = (landscape ? size.width : size.height) - m.top - m.bottom;
    const ctx: DocxBlockContext = {
      colon,
      lang: tree.lang,
      contentWidth,
      contentHeight,
      anchors,
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
          margin: m,
        },
      },
      headers: { default: pageHeader(furniture, contentWidth) },
      footers: { default: pageFooter(furniture) },
      children: pending.flatMap((b, i) => docxBlock(b, ctx, pending[i + 1])),
    });
    pending = [];
  };
  const blocks = tree.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // A chart without a heading of its own, printed on one portrait page (the comparison
    // report's before/after chart), stays in the text flow, as in the HTML.
    const inline =
      block.type === 'diagram' &&
      pending.at(-1)?.type !== 'heading' &&
      printPages(block).length === 1 &&
      printPages(block)[0]!.orientation === 'portrait';
    if (block.type !== 'diagram' || inline) {
      pending.push(block);
      continue;
    }
    // A flowchart starts a section of its own, with its heading, in its parts' orientation.
    const heading = pending.at(-1)?.type === 'heading' ? pending.pop() : undefined;
    flush('portrait');
    pending = heading ? [heading, block] : [block];
    flush(printPages(block)[0]!.orientation);
  }
  flush('portrait');
  const language = { value: tree.lang === 'zh-CN' ? 'zh-CN' : 'en-US', eastAsia: 'zh-CN' };
  const heading = (size: number, before: number, after: number) => ({
    run: { font: docxFonts(tree.lang, 'heading'), size, bold: true, color: '1F2933', language },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  });
  const document = new Document({
    title: tree.title,
    creator: 'Flowsmith',
    styles: {
      default: {
        document: {
          // zh-CN as the East Asian language makes readers pick Simplified Chinese glyphs.
          run: { font: docxFonts(tree.lang, 'body'), size: 21, language },
          // An explicit rule: LibreOffice reads a bare `line` as exact spacing and clips images.
          paragraph: { spacing: { line: 300, lineRule: LineRuleType.AUTO } },
        },
        heading1: heading(36, 480, 240),
        heading2: heading(28, 320, 120),
        heading3: heading(23, 200, 80),
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

/** The running header: title left, document number and version right, a rule below. */
function pageHeader(furniture: PageFurniture, width: number): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '9AA5B1', space: 2 } },
        children: [
          new TextRun({ text: furniture.title, size: 16, color: '52606D' }),
          new TextRun({ text: `\t${furniture.control ?? ''}`, size: 16, color: '52606D' }),
        ],
      }),
    ],
  });
}

/** The footer "第 X 页 共 Y 页" / "Page X of Y" with PAGE and NUMPAGES fields, centred. */
function pageFooter(furniture: PageFurniture): Footer {
  const [before, middle, after] = furniture.pageOf;
  const run = (children: Array<string | (typeof PageNumber)[keyof typeof PageNumber]>) =>
    new TextRun({ children, size: 16, color: '52606D' });
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          run([before]),
          run([PageNumber.CURRENT]),
          run([middle]),
          run([PageNumber.TOTAL_PAGES]),
          run([after]),
        ],
      }),
    ],
  });
}
