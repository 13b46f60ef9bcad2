import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import { buildSop } from '../buildSop';
import { HOSTILE, hostileProcess } from '../testing/hostileProcess';
import { base64, utf8 } from './base64';
import { inline, renderMarkdown } from './renderMarkdown';

/** Undoes Markdown backslash escapes: what a reader sees of plain text. */
const unescape = (md: string) => md.replace(/\\([\\`*_[\]<>|~#+.)&-])/g, '$1');

describe('renderMarkdown', () => {
  it('escapes Markdown and HTML so hostile names read as written', () => {
    const md = renderMarkdown(buildSop(hostileProcess(), { lang: 'en' }), {
      diagramHref: 'chart.svg',
    });
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(md).not.toMatch(/(?<!\\)<\/style>/);
    expect(md).toContain('| 1 | \\<script\\>alert("x")\\</script\\> |');
    expect(md).toContain('\\*not bold\\* \\_x\\_ \\| pipe \\| \\[link\\](http://e.com) \\`code\\`');
    for (const name of Object.values(HOSTILE)) expect(unescape(md)).toContain(name);
  });

  it('keeps table rows intact whatever a cell holds', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const md = renderMarkdown({
          kind: 'sop',
          lang: 'en',
          title: 't',
          blocks: [{ type: 'table', header: ['a', 'b'], rows: [[text, 'x']] }],
        });
        const row = md.trim().split('\n')[2]!;
        expect(row.split(/(?<!\\)\|/)).toHaveLength(4);
      }),
      { numRuns: 300 },
    );
  });

  it('escapes what would start a list or heading only at the start of a line', () => {
    expect(inline('6.2 step')).toBe('6.2 step');
    const md = renderMarkdown({
      kind: 'sop',
      lang: 'en',
      title: 't',
      blocks: [{ type: 'paragraph', text: '1. not a list\n# not a heading\n- nor this' }],
    });
    expect(md).toBe('1\\. not a list  \n\\# not a heading  \n\\- nor this\n');
  });

  it('embeds the flowchart as an SVG data URI unless given an address', () => {
    const tree = buildSop(gallery.sequence3);
    const svg = (tree.blocks.find((b) => b.type === 'diagram') as { svg: string }).svg;
    expect(renderMarkdown(tree)).toContain(
      `![Swimlane flowchart of “sequence3”](data:image/svg+xml;base64,${base64(utf8(svg))})`,
    );
    expect(renderMarkdown(tree, { diagramHref: 'a b.svg' })).toContain('](a%20b.svg)');
  });

  it('encodes UTF-8 and base64 like Node does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(base64(utf8(text))).toBe(Buffer.from(text, 'utf8').toString('base64'));
      }),
    );
  });
});
