import { PRINT_AREA } from '../diagram/flowchartPages';
import { escapeMarkup } from '../escapeMarkup';
import { sopLabels } from '../messages';
import type { DiagramPage, PageFurniture, SopBlock, SopTree } from '../tree';
import { fontStacks } from './fonts';
import { furnitureOf } from './furnitureOf';
import { htmlPage, renderTextBlockHtml, sectionAnchor } from './htmlPage';
import { pageCss } from './pageCss';

/**
 * The page a diagram is printed on when the tree says nothing (a diagram without `pages`): wide
 * flowcharts get a landscape page. Pure; shared by the HTML and DOCX renderers.
 */
export function diagramPage(width: number, height: number): 'portrait' | 'landscape' {
  return width <= height * 1.3 ? 'portrait' : 'landscape';
}

/**
 * The print pages of a diagram block: its own `pages`, else the whole chart on one page of
 * {@link diagramPage}, scaled to the page's width. Pure.
 */
export function printPages(block: Extract<SopBlock, { type: 'diagram' }>): DiagramPage[] {
  if (block.pages && block.pages.length > 0) return block.pages;
  const orientation = diagramPage(block.width, block.height);
  const area = PRINT_AREA[orientation];
  const scale = Math.min(area.width / block.width, area.height / block.height, 0.75);
  return [{ svg: block.svg, width: block.width, height: block.height, orientation, scale }];
}

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /**
   * The page of each section, by its anchor (`sec-1`, …), for the contents: known after a first
   * printing (the CLI reads them from the PDF's named destinations). The contents keep room for
   * them either way, so adding them moves nothing.
   */
  tocPages?: ReadonlyMap<string, number>;
}

/**
 * Renders a document tree as one standalone HTML page with print CSS and no scripts: A4 with the
 * running header (title, document number and version) and "第 X 页 共 Y 页" / "Page X of Y" in
 * the page margins, headings kept with what follows, table headers repeated and rows kept whole,
 * short tables on one page, the contents linked to the sections, and each flowchart shown whole
 * on screen and printed in its A4 parts at their scale. Every text is escaped, and a
 * Content-Security-Policy forbids scripts and every outside resource. Pure.
 */
export function renderHtml(tree: SopTree, options: HtmlOptions = {}): string {
  const colon = sopLabels[tree.lang].colon;
  const blocks = tree.blocks;
  const toc = blocks.find((b) => b.type === 'toc');
  const anchors = new Map<string, string>();
  toc?.entries.forEach((e, i) => anchors.set(e.text, sectionAnchor(i)));
  const parts: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    // A flowchart starts a page with its heading; a landscape one prints on landscape pages.
    if (block.type === 'heading' && next?.type === 'diagram') {
      const page = printPages(next)[0]!.orientation;
      parts.push(
        `<section class="chart ${page}">${renderBlock(block, colon, anchors)}${renderBlock(next, colon, anchors)}</section>`,
      );
      i += 1;
      continue;
    }
    parts.push(renderBlock(block, colon, anchors, options.tocPages));
  }
  const fonts = fontStacks(tree.lang);
  return htmlPage({
    lang: tree.lang,
    title: tree.title,
    css: pageCss(fonts, furnitureCss(furnitureOf(tree))),
    body: parts.join('\n'),
  });
}

function renderBlock(
  block: SopBlock,
  colon: string,
  anchors: Map<string, string>,
  tocPages?: ReadonlyMap<string, number>,
): string {
  switch (block.type) {
    case 'heading':
      return renderTextBlockHtml(
        block,
        colon,
        block.level === 2 ? anchors.get(block.text) : undefined,
      );
    case 'toc':
      return renderTextBlockHtml(block, colon, undefined, tocPages);
    case 'paragraph':
    case 'list':
    case 'table':
      return renderTextBlockHtml(block, colon);
    case 'diagram': {
      // The SVGs are built by renderFlowchart with every name escaped; aria-label names them.
      const label = (svg: string) =>
        svg.replace('<svg ', `<svg aria-label="${escapeMarkup(block.alt)}" `);
      const pages = printPages(block)
        .map((p) => {
          const size = `width:${(p.width * p.scale).toFixed(1)}pt;height:${(p.height * p.scale).toFixed(1)}pt`;
          const caption = p.caption ? `<figcaption>${escapeMarkup(p.caption)}</figcaption>` : '';
          return `<div class="part">${label(p.svg).replace('<svg ', `<svg style="${size}" `)}${caption}</div>`;
        })
        .join('');
      return `<figure><div class="screen">${label(block.svg)}</div><div class="print">${pages}</div></figure>`;
    }
    case 'warning':
      return `<div class="warning" role="alert"><p><strong>⚠ ${escapeMarkup(block.title)}</strong></p><ul>${block.items.map((i) => `<li>${escapeMarkup(i)}</li>`).join('')}</ul></div>`;
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}

/**
 * The page-margin boxes of the printed pages: title top left, document number and version top
 * right, "Page X of Y" bottom centre (CSS `counter(page)` / `counter(pages)`). Pure.
 */
export function furnitureCss(furniture: PageFurniture): string {
  const [before, middle, after] = furniture.pageOf;
  const box = 'font-size: 8pt; color: #52606d;';
  return [
    `@top-left { content: ${cssString(furniture.title)}; ${box} vertical-align: bottom; padding-bottom: 2mm; border-bottom: 0.5pt solid #9aa5b1; }`,
    `@top-right { content: ${cssString(furniture.control ?? '')}; ${box} vertical-align: bottom; padding-bottom: 2mm; border-bottom: 0.5pt solid #9aa5b1; }`,
    `@bottom-center { content: ${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}; ${box} }`,
  ].join('\n  ');
}

/** A CSS string literal of plain text: quotes, backslashes, line breaks and `<` escaped. Pure. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
