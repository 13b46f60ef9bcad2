import { escapeMarkup } from '../escapeMarkup';
import { sopLabels } from '../messages';
import type { SopBlock, SopTree } from '../tree';
import { FONT_STACK, htmlPage, renderTextBlockHtml } from './htmlPage';

/**
 * The page a diagram is printed on: wide flowcharts get a landscape page, very wide ones A3.
 * Pure; shared by the HTML (print CSS) and DOCX renderers.
 */
export function diagramPage(width: number, height: number): 'portrait' | 'landscape' | 'a3' {
  if (width <= height * 1.3) return 'portrait';
  return width > 2000 ? 'a3' : 'landscape';
}

const CSS = `
:root { color: #1f2933; font-family: ${FONT_STACK}; font-size: 10.5pt; line-height: 1.55; }
body { margin: 0 auto; max-width: 60em; padding: 2em; }
h1 { font-size: 1.7em; margin: 0 0 .6em; }
h2 { font-size: 1.3em; margin: 1.6em 0 .5em; border-bottom: 1px solid #c5ccd3; padding-bottom: .2em; }
h3 { font-size: 1.08em; margin: 1.2em 0 .4em; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
p { margin: .35em 0; }
.label { font-weight: bold; }
.muted { color: #52606d; font-size: .92em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; table-layout: auto; }
caption { text-align: left; font-weight: bold; padding: .2em 0; }
th, td { border: 1px solid #9aa5b1; padding: .3em .5em; vertical-align: top; text-align: left; overflow-wrap: break-word; }
th { background: #eef2f6; }
td.center, th.center { text-align: center; }
td.right, th.right { text-align: right; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
figure { margin: 1em 0; }
figure svg { width: 100%; height: auto; max-height: 100vh; }
.warning { border: 2px solid #c62828; background: #fdecea; padding: .6em 1em; margin: 1em 0; }
.warning strong { color: #b71c1c; }
.page-break { break-before: page; page-break-before: always; }
@page { size: A4; margin: 16mm 14mm; }
@page landscape { size: A4 landscape; margin: 12mm; }
@page a3 { size: A3 landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; }
  .landscape { page: landscape; }
  .a3 { page: a3; }
  .landscape svg { max-height: 165mm; }
  .a3 svg { max-height: 250mm; }
}
`;

/**
 * Renders a document tree as one standalone HTML page with print CSS (A4, wide flowcharts on a
 * landscape page) and no scripts: every text is escaped, and a Content-Security-Policy forbids
 * scripts and every outside resource. Pure.
 */
export function renderHtml(tree: SopTree): string {
  const colon = sopLabels[tree.lang].colon;
  const blocks = tree.blocks;
  const parts: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    // A wide diagram prints on a page of its own; its heading goes along.
    if (block.type === 'heading' && next?.type === 'diagram') {
      const page = diagramPage(next.width, next.height);
      parts.push(
        `<section class="${page}">${renderBlock(block, colon)}${renderBlock(next, colon)}</section>`,
      );
      i += 1;
      continue;
    }
    parts.push(renderBlock(block, colon));
  }
  return htmlPage({ lang: tree.lang, title: tree.title, css: CSS, body: parts.join('\n') });
}

function renderBlock(block: SopBlock, colon: string): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'list':
    case 'table':
      return renderTextBlockHtml(block, colon);
    case 'diagram': {
      const page = diagramPage(block.width, block.height);
      // The SVG is built by renderFlowchart with every name escaped; aria-label names it.
      const svg = block.svg.replace('<svg ', `<svg aria-label="${escapeMarkup(block.alt)}" `);
      return `<figure class="${page}">${svg}</figure>`;
    }
    case 'warning':
      return `<div class="warning" role="alert"><p><strong>⚠ ${escapeMarkup(block.title)}</strong></p><ul>${block.items.map((i) => `<li>${escapeMarkup(i)}</li>`).join('')}</ul></div>`;
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}
