import { FONT_FAMILIES } from '../diagram/renderFlowchart';
import { escapeMarkup } from '../escapeMarkup';
import type { SopBlock } from '../tree';
import { keepTogether } from './keepTogether';

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

/** The blocks every HTML page renders alike: headings, paragraphs, lists, tables, contents. */
export type TextBlock = Extract<
  SopBlock,
  { type: 'heading' | 'paragraph' | 'list' | 'table' | 'toc' }
>;

/** The anchor of the `index`th level-2 heading, which the contents link to. */
export function sectionAnchor(index: number): string {
  return `sec-${index + 1}`;
}

/**
 * Renders a heading, paragraph, list, table or table of contents as HTML with every text
 * escaped; `colon` follows a paragraph's label (`: ` or `：`); `anchor` gives a heading its id
 * (the contents link to level-2 headings by `sectionAnchor`, with their page numbers from
 * `tocPages` by anchor once known). Tables with `widths` get those column widths; short tables
 * are kept on one page. Pure.
 */
export function renderTextBlockHtml(
  block: TextBlock,
  colon: string,
  anchor?: string,
  tocPages?: ReadonlyMap<string, number>,
): string {
  switch (block.type) {
    case 'heading': {
      const id = anchor ? ` id="${escapeMarkup(anchor)}"` : '';
      return `<h${block.level}${id}>${escapeMarkup(block.text)}</h${block.level}>`;
    }
    case 'toc': {
      const items = block.entries
        .map(
          (e, i) =>
            `<li class="toc-${e.level}"><a href="#${sectionAnchor(i)}">${escapeMarkup(e.text)}</a><span class="toc-page">${tocPages?.get(sectionAnchor(i)) ?? ''}</span></li>`,
        )
        .join('');
      return `<nav class="toc"><h2>${escapeMarkup(block.title)}</h2><ul>${items}</ul></nav>`;
    }
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
      const total = (block.widths ?? []).reduce((a, b) => a + b, 0);
      const cols =
        block.widths && total > 0
          ? `<colgroup>${block.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(1)}%">`).join('')}</colgroup>`
          : '';
      const classes = [...(cols ? ['fixed'] : []), ...(keepTogether(block) ? ['keep'] : [])];
      const attr = classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
      const head = block.header.map((h, i) => `<th${cls(i)}>${escapeMarkup(h)}</th>`).join('');
      const rows = block.rows
        .map(
          (r) =>
            `<tr>${block.header.map((_, i) => `<td${cls(i)}>${htmlText(r[i] ?? '')}</td>`).join('')}</tr>`,
        )
        .join('');
      return `<table${attr}>${caption}${cols}<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
  }
}
