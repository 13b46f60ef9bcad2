import { formatMessage, type Lang } from '@flowsmith/model';
import { docxImages, renderDocx, renderHtml, renderMarkdown, type SopTree } from '@flowsmith/sop';
import { CliError } from '../CliError';
import { writeFileAtomically } from '../io/writeFileAtomically';
import type { Browser } from 'playwright-core';
import { anchorPages } from './anchorPages';
import { ChromiumInterrupted, htmlToPdf, svgToPng, withChromium } from './chromium';
import { documentMessages } from './documentMessages';

/** The formats `sop` and `jobs` write. */
export const DOCUMENT_FORMATS = ['md', 'html', 'docx', 'pdf'] as const;
/** One of {@link DOCUMENT_FORMATS}. */
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/**
 * Renders `tree` in `format` and writes it to `output` (through a temporary file, so a failure
 * never leaves half a file), or to stdout for md and html without `output`. PDF is the HTML printed
 * by headless Chromium (with bookmarks); DOCX gets a PNG of each flowchart part from Chromium as the fallback of its SVG
 * (if Chromium cannot start, a warning, and the DOCX keeps the SVG only). Messages in `lang`.
 */
export async function writeDocument(
  tree: SopTree,
  format: DocumentFormat,
  output: string | undefined,
  lang: Lang,
): Promise<void> {
  if (output === undefined && (format === 'docx' || format === 'pdf')) {
    throw new CliError(
      formatMessage(documentMessages, 'document.outputRequired', { format }, lang),
      2,
    );
  }
  const data = await render(tree, format, lang);
  if (output === undefined) {
    process.stdout.write(data);
    return;
  }
  await writeFileAtomically(output, data, lang);
  process.stderr.write(
    `${formatMessage(documentMessages, 'document.written', { file: output, format }, lang)}\n`,
  );
}

async function render(
  tree: SopTree,
  format: DocumentFormat,
  lang: Lang,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return renderMarkdown(tree);
    case 'html':
      return renderHtml(tree);
    case 'pdf':
      try {
        return await withChromium((browser) => printPdf(browser, tree));
      } catch (error) {
        throw chromiumFailure(error, 'pdf', lang);
      }
    case 'docx': {
      const diagrams = docxImages(tree);
      const pngs = new Map<string, Uint8Array>();
      if (diagrams.length > 0) {
        try {
          await withChromium(async (browser) => {
            for (const d of diagrams)
              pngs.set(d.svg, await svgToPng(browser, d.svg, d.width, d.height));
          });
        } catch (error) {
          if (error instanceof ChromiumInterrupted) throw chromiumFailure(error, 'docx', lang);
          process.stderr.write(
            `${formatMessage(documentMessages, 'document.pngFallback', { reason: firstLine(error) }, lang)}\n`,
          );
        }
      }
      return renderDocx(tree, { diagramPngs: pngs });
    }
  }
}

/**
 * Prints the tree's HTML to PDF; when it has contents, twice: the first printing says on which
 * page each section landed (its named destinations), the second writes those pages into the
 * contents (room for them is kept, so nothing moves).
 */
export async function printPdf(browser: Browser, tree: SopTree): Promise<Uint8Array> {
  const first = await htmlToPdf(browser, renderHtml(tree));
  if (!tree.blocks.some((b) => b.type === 'toc')) return first;
  const pages = anchorPages(first);
  return pages.size === 0 ? first : htmlToPdf(browser, renderHtml(tree, { tocPages: pages }));
}

/**
 * The `CliError` for Chromium failing while writing `format`: interrupted by Ctrl-C (exit 130), or
 * it could not start or print (exit 2).
 */
export function chromiumFailure(error: unknown, format: string, lang: Lang): CliError {
  if (error instanceof ChromiumInterrupted)
    return new CliError(
      formatMessage(documentMessages, 'document.interrupted', { format }, lang),
      130,
    );
  return new CliError(
    formatMessage(documentMessages, 'document.chromium', { reason: firstLine(error) }, lang),
    2,
  );
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
