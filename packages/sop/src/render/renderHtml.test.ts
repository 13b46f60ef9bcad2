import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import { buildJobs } from '../buildJobs';
import { buildSop } from '../buildSop';
import { HOSTILE, hostileProcess } from '../testing/hostileProcess';
import type { SopTree } from '../tree';
import { renderHtml } from './renderHtml';

/** The text of an HTML page as a reader sees it: tags dropped, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('renderHtml', () => {
  it('is a standalone page whose policy forbids scripts, and that has none', () => {
    const html = renderHtml(buildSop(gallery.andSplitJoin));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none';`,
    );
    expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
    expect(html).toContain('@page { size: A4;');
  });

  it('shows hostile names as text, in the SOP and the job descriptions', () => {
    const doc = hostileProcess();
    for (const tree of [buildSop(doc), buildSop(doc, { lang: 'zh-CN' }), buildJobs(doc)]) {
      const html = renderHtml(tree);
      expect(html).not.toMatch(/<script|<\/style>(?!\n<\/head>)|<b>|<!-- -->/i);
      const text = visibleText(html);
      for (const name of [HOSTILE.script, HOSTILE.emoji]) expect(text).toContain(name);
      if (tree.kind === 'sop') expect(text).toContain(HOSTILE.quotes);
    }
    expect(visibleText(renderHtml(buildSop(doc)))).toContain(HOSTILE.style);
    expect(visibleText(renderHtml(buildSop(doc)))).toContain(HOSTILE.long);
  });

  it('escapes any text in any block so that no tag can be opened', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (text, label) => {
        const tree: SopTree = {
          kind: 'sop',
          lang: 'en',
          title: text,
          blocks: [
            { type: 'heading', level: 2, text },
            { type: 'paragraph', label, text },
            { type: 'list', ordered: true, items: [text] },
            { type: 'table', header: [text], rows: [[text]], caption: label },
            { type: 'warning', title: text, items: [label] },
          ],
        };
        const html = renderHtml(tree);
        const body = html.slice(html.indexOf('<main>'));
        const tags = body.match(/<\/?([a-z0-9]+)/g) ?? [];
        const allowed =
          /^<\/?(main|body|html|h2|p|span|ol|li|table|caption|thead|tbody|tr|th|td|div|strong|ul|br)$/;
        for (const tag of tags) expect(tag).toMatch(allowed);
      }),
      { numRuns: 200 },
    );
  });

  it('puts a wide flowchart and its heading on a landscape page', () => {
    const html = renderHtml(buildSop(gallery.andSplitJoin));
    expect(html).toMatch(/<section class="(landscape|a3|portrait)"><h2>5\. Flowchart<\/h2><figure/);
  });
});
