import { escapeMarkup } from '../escapeMarkup';
import { sopLabels } from '../messages';
import { FONT_STACK, htmlPage, htmlText, renderTextBlockHtml } from '../render/htmlPage';
import { STATUS_COLOURS } from './markDiagram';
import type { ReportBlock, ReportTree } from './reportTree';

const KIND_COLOURS: Record<string, string> = {
  ...STATUS_COLOURS,
  rewired: '#52606d',
  role: '#52606d',
};

const CSS = `
:root { color: #1f2933; font-family: ${FONT_STACK}; font-size: 10.5pt; line-height: 1.5; }
body { margin: 0 auto; max-width: 72em; padding: 2em; }
h1 { font-size: 1.7em; margin: 0 0 .5em; }
h2 { font-size: 1.3em; margin: 1.6em 0 .5em; border-bottom: 1px solid #c5ccd3; padding-bottom: .2em; break-after: avoid; }
h3 { font-size: 1.08em; margin: 1.2em 0 .4em; break-after: avoid; }
p { margin: .35em 0; }
.label { font-weight: bold; }
.muted { color: #52606d; font-size: .92em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
th, td { border: 1px solid #9aa5b1; padding: .3em .5em; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #eef2f6; }
td.right, th.right { text-align: right; }
td.right { white-space: nowrap; }
td:first-child { min-width: 12em; }
table.changes td:first-child { min-width: 0; }
td.center, th.center { text-align: center; }
tr { break-inside: avoid; }
td.kind { border-left: 6px solid var(--kind); white-space: nowrap; }
td ul { margin: 0; padding-left: 1.1em; }
figure { margin: .6em 0 1.2em; break-inside: avoid; }
figure svg { width: 100%; height: auto; max-height: 95vh; }
.legend span { display: inline-block; margin-right: 1.2em; }
.legend i { display: inline-block; width: 1.4em; height: .8em; margin-right: .35em; vertical-align: middle; border: 3px solid var(--kind); border-radius: 3px; }
.legend i.dashed { border-style: dashed; }
@page { size: A4 landscape; margin: 12mm; }
@media print { body { max-width: none; padding: 0; } figure svg { max-height: 170mm; } }
`;

/**
 * Renders the comparison report as one standalone HTML page (print CSS for A4 landscape) with no
 * scripts: every text escaped, a Content-Security-Policy that forbids scripts and every outside
 * resource, diagrams inline as SVG. Pure.
 */
export function renderReportHtml(tree: ReportTree): string {
  const colon = sopLabels[tree.lang].colon;
  const body = tree.blocks.map((b) => renderBlock(b, colon)).join('\n');
  return htmlPage({ lang: tree.lang, title: tree.title, css: CSS, body });
}

function renderBlock(block: ReportBlock, colon: string): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'list':
    case 'table':
      return renderTextBlockHtml(block, colon);
    case 'diagram':
      // The SVG comes from renderFlowchart / renderTimeline with every text escaped.
      return `<figure>${block.svg.replace('<svg ', `<svg aria-label="${escapeMarkup(block.alt)}" `)}</figure>`;
    case 'warning':
      return `<div role="alert"><p><strong>⚠ ${escapeMarkup(block.title)}</strong></p><ul>${block.items.map((i) => `<li>${escapeMarkup(i)}</li>`).join('')}</ul></div>`;
    case 'pageBreak':
      return '<div style="break-before: page"></div>';
    case 'changes': {
      const head = block.header.map((h) => `<th>${escapeMarkup(h)}</th>`).join('');
      const rows = block.items
        .map(
          (c) =>
            `<tr><td class="kind" style="--kind: ${KIND_COLOURS[c.kind] ?? '#52606d'}">${escapeMarkup(c.group)}</td><td><ul>${c.lines.map((l) => `<li>${htmlText(l)}</li>`).join('')}</ul></td><td>${htmlText(c.rationale)}</td></tr>`,
        )
        .join('');
      return `<table class="changes"><colgroup><col style="width:4em"><col><col style="width:35%"></colgroup><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
    case 'legend':
      return `<p class="legend"><span class="label">${escapeMarkup(block.title)}${colon}</span>${block.items
        .map(
          (i) =>
            `<span><i class="${i.dashed ? 'dashed' : ''}" style="--kind: ${i.colour}"></i>${escapeMarkup(i.label)}</span>`,
        )
        .join('')}</p>`;
  }
}
