import { sopLabels } from '../messages';
import type { SopBlock, SopTree } from '../tree';
import { base64, utf8 } from './base64';

/** Options of `renderMarkdown`. */
export interface MarkdownOptions {
  /**
   * Link the flowchart from this address instead of embedding it as a `data:` URI (for a
   * Markdown file kept beside its SVG, and for reviewable golden files).
   */
  diagramHref?: string;
}

/**
 * Renders a document tree as CommonMark/GFM: headings, paragraphs, lists, pipe tables, the
 * flowchart as an image (embedded as an SVG `data:` URI unless `diagramHref`), warnings as a
 * block quote. All text is escaped, so names such as `<script>` or `*x*` read as written. Pure.
 */
export function renderMarkdown(tree: SopTree, options: MarkdownOptions = {}): string {
  const colon = sopLabels[tree.lang].colon.trimEnd();
  const out = tree.blocks.map((block) => renderBlock(block, colon, options));
  return `${out.join('\n\n')}\n`;
}

function renderBlock(block: SopBlock, colon: string, options: MarkdownOptions): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${inline(block.text)}`;
    case 'paragraph': {
      const text = lines(block.text);
      return block.label ? `**${inline(block.label)}${colon}** ${text}`.trimEnd() : text;
    }
    case 'list':
      return block.items
        .map(
          (item, i) =>
            `${block.ordered ? `${i + 1}.` : '-'} ${lines(item).replace(/\n/g, '\n   ')}`,
        )
        .join('\n');
    case 'table': {
      const width = block.header.length;
      const row = (cells: string[]) =>
        `| ${Array.from({ length: width }, (_, i) => cell(cells[i] ?? '')).join(' | ')} |`;
      const rule = block.header.map((_, i) => {
        const align = block.align?.[i] ?? 'left';
        return align === 'center' ? ':---:' : align === 'right' ? '---:' : '---';
      });
      const table = [row(block.header), `| ${rule.join(' | ')} |`, ...block.rows.map(row)].join(
        '\n',
      );
      return block.caption ? `**${inline(block.caption)}**\n\n${table}` : table;
    }
    case 'diagram': {
      const src = options.diagramHref ?? `data:image/svg+xml;base64,${base64(utf8(block.svg))}`;
      return `![${inline(block.alt)}](${src.replace(/[()\s]/g, encodeURIComponent)})`;
    }
    case 'warning':
      return [
        `> **⚠ ${inline(block.title)}**`,
        '>',
        ...block.items.map((i) => `> - ${inline(i)}`),
      ].join('\n');
    case 'toc':
      return [
        `**${inline(block.title)}**`,
        '',
        ...block.entries.map((e) => `- ${inline(e.text)}`),
      ].join('\n');
    case 'pageBreak':
      return '---';
  }
}

/** Escapes Markdown's special characters in one line of text. */
export function inline(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&');
}

/** Escapes what would start a heading, list or rule at the start of a line. */
function lineStart(line: string): string {
  return line.replace(/^([#+-]|\d+[.)])(?=\s|$)/, (mark: string) =>
    mark.replace(/([#+.)-])$/, '\\$1'),
  );
}

/** Several lines of text, each escaped, joined by hard line breaks. */
function lines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => lineStart(inline(line.trim())))
    .filter((line) => line.length > 0)
    .join('  \n');
}

function cell(text: string): string {
  return inline(text.trim()).replace(/\s+/g, ' ');
}
