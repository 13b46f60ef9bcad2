import { FONT_FAMILIES } from '../diagram/renderFlowchart';
import { escapeMarkup } from '../escapeMarkup';
import { STATUS_COLOURS } from './markDiagram';
import type { ReportBlock, ReportTree } from './reportTree';

const FONT_STACK = FONT_FAMILIES.map((f) => (f.includes(' ') ? `"${f}"` : f)).join(', ');

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
  const colon = tree.lang === 'zh-CN' ? '：' : ': ';
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeMarkup(tree.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeMarkup(tree.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    tree.blocks.map((b) => renderBlock(b, colon)).join('\n'),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const text = (t: string) => escapeMarkup(t).replace(/\r?\n/g, '<br>');

function renderBlock(block: ReportBlock, colon: string): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${escapeMarkup(block.text)}</h${block.level}>`;
    case 'paragraph': {
      const label = block.label
        ? `<span class="label">${escapeMarkup(block.label)}${colon}</span>`
        : '';
      return `<p${block.tone === 'muted' ? ' class="muted"' : ''}>${label}${text(block.text)}</p>`;
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((i) => `<li>${text(i)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const cls = (i: number) =>
        block.align?.[i] && block.align[i] !== 'left' ? ` class="${block.align[i]}"` : '';
      const head = block.header.map((h, i) => `<th${cls(i)}>${escapeMarkup(h)}</th>`).join('');
      const rows = block.rows
        .map(
          (r) =>
            `<tr>${block.header.map((_, i) => `<td${cls(i)}>${text(r[i] ?? '')}</td>`).join('')}</tr>`,
        )
        .join('');
      const caption = block.caption ? `<caption>${escapeMarkup(block.caption)}</caption>` : '';
      return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
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
            `<tr><td class="kind" style="--kind: ${KIND_COLOURS[c.kind] ?? '#52606d'}">${escapeMarkup(c.group)}</td><td><ul>${c.lines.map((l) => `<li>${text(l)}</li>`).join('')}</ul></td><td>${text(c.rationale)}</td></tr>`,
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
