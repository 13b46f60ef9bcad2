import { FONT_FAMILIES } from '../diagram/renderFlowchart';
import { escapeMarkup } from '../escapeMarkup';
import type { SopBlock } from '../tree';

/** The CSS `font-family` list of the flowchart fonts, so pages and their diagrams match. */
export const FONT_STACK = FONT_FAMILIES.map((f) => (f.includes(' ') ? `"${f}"` : f)).join(', ');

/** What a standalone page is made of: its language, title, print CSS and rendered body. */
export interface HtmlPage {
  lang: string;
  title: string;
  css: string;
  body: string;
}

/**
 * Wraps a rendered body in one standalone HTML page with no scripts: the language and title are
 * escaped, and a Content-Security-Policy forbids scripts and every outside resource. Pure; shared
 * by the SOP and the comparison report so both pages carry the same policy.
 */
export function htmlPage(page: HtmlPage): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeMarkup(page.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeMarkup(page.title)}</title>`,
    `<style>${page.css}</style>`,
    '</head>',
    '<body>',
    '<main>',
    page.body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Escapes plain text for HTML and keeps its line breaks as `<br>`. Pure. */
export function htmlText(text: string): string {
  return escapeMarkup(text).replace(/\r?\n/g, '<br>');
}

/** The blocks every HTML page renders alike: headings, paragraphs, lists and tables. */
export type TextBlock = Extract<SopBlock, { type: 'heading' | 'paragraph' | 'list' | 'table' }>;

/**
 * Renders a heading, paragraph, list or table as HTML with every text escaped; `colon` follows a
 * paragraph's label (`: ` or `：`). Pure.
 */
export function renderTextBlockHtml(block: TextBlock, colon: string): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${escapeMarkup(block.text)}</h${block.level}>`;
    case 'paragraph': {
      const label = block.label
        ? `<span class="label">${escapeMarkup(block.label)}${colon}</span>`
        : '';
      const cls = block.tone === 'muted' ? ' class="muted"' : '';
      return `<p${cls}>${label}${htmlText(block.text)}</p>`;
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((i) => `<li>${htmlText(i)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const cls = (i: number) => {
        const a = block.align?.[i];
        return a && a !== 'left' ? ` class="${a}"` : '';
      };
      const caption = block.caption ? `<caption>${escapeMarkup(block.caption)}</caption>` : '';
      const head = block.header.map((h, i) => `<th${cls(i)}>${escapeMarkup(h)}</th>`).join('');
      const rows = block.rows
        .map(
          (r) =>
            `<tr>${block.header.map((_, i) => `<td${cls(i)}>${htmlText(r[i] ?? '')}</td>`).join('')}</tr>`,
        )
        .join('');
      return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
  }
}
