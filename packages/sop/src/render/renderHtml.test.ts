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
    expect(html).toMatch(/@page \{\s+size: A4;/);
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
            { type: 'toc', title: label, entries: [{ level: 2, text }] },
          ],
          furniture: { title: text, control: label, pageOf: [text, label, text] },
        };
        const html = renderHtml(tree);
        const body = html.slice(html.indexOf('<main>'));
        const tags = body.match(/<\/?([a-z0-9]+)/g) ?? [];
        const allowed =
          /^<\/?(main|body|html|h2|p|span|ol|li|table|caption|thead|tbody|tr|th|td|div|strong|ul|br|nav|a)$/;
        for (const tag of tags) expect(tag).toMatch(allowed);
      }),
      { numRuns: 200 },
    );
  });

  it('starts a flowchart on a page of its own with its heading, on landscape pages when its parts are', () => {
    const html = renderHtml(buildSop(gallery.andSplitJoin));
    expect(html).toMatch(
      /<section class="chart (landscape|portrait)"><h2 id="sec-6">6\. Flowchart<\/h2><figure>/,
    );
  });

  it('prints each flowchart part at its scale, so that text keeps its size on paper', () => {
    const tree = buildSop(gallery.andSplitJoin);
    const diagram = tree.blocks.find((b) => b.type === 'diagram')!;
    const page = diagram.pages![0]!;
    expect(renderHtml(tree)).toContain(
      `<svg style="width:${(page.width * page.scale).toFixed(1)}pt;height:${(page.height * page.scale).toFixed(1)}pt"`,
    );
  });

  it('prints the running header and "Page X of Y" in the page margins, as escaped CSS strings', () => {
    const tree = buildSop(gallery.sequence3, { lang: 'zh-CN' });
    const html = renderHtml({
      ...tree,
      furniture: { ...tree.furniture!, title: 'a"b\\c</style>' },
    });
    expect(html).toContain('@top-left { content: "a\\22 b\\5c c\\3c /style\\3e ";');
    expect(html).toContain(
      '@bottom-center { content: "第 " counter(page) " 页  共 " counter(pages) " 页";',
    );
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('links the contents to the sections', () => {
    const html = renderHtml(buildSop(gallery.sequence3, { lang: 'en' }));
    expect(html).toContain(
      '<li class="toc-2"><a href="#sec-7">7. Procedure</a><span class="toc-page"></span></li>',
    );
    expect(html).toContain('<h2 id="sec-7">7. Procedure</h2>');
    // once printed, the pages the sections landed on
    const tree = buildSop(gallery.sequence3, { lang: 'en' });
    expect(renderHtml(tree, { tocPages: new Map([['sec-7', 8]]) })).toContain(
      '7. Procedure</a><span class="toc-page">8</span>',
    );
  });

  it('puts zh-CN text in the SC faces first, and English in Latin faces first', () => {
    const zh = renderHtml(buildSop(gallery.sequence3, { lang: 'zh-CN' }));
    expect(zh).toMatch(/<html lang="zh-CN">/);
    expect(zh).toMatch(/:root \{[^}]*font-family: "Noto Serif CJK SC"/);
    expect(zh).toMatch(/h1, h2, h3[^{]*\{ font-family: "Noto Sans CJK SC"/);
    const en = renderHtml(buildSop(gallery.sequence3, { lang: 'en' }));
    expect(en).toMatch(/:root \{[^}]*font-family: "Helvetica Neue"/);
  });
});
