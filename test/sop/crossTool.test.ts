/**
 * The SOP as other tools read it: the PDF printed by Chromium (as `flowsmith sop --format pdf`
 * prints it) and the DOCX converted to PDF by LibreOffice (headless), each read back by pdftotext,
 * pdffonts and pdftohtml (bookmarks). Checked on every page: "第 X 页 共 Y 页" / "Page X of Y",
 * text beyond the header and footer, the procedure's steps in order, the contents' page numbers.
 * Chromium starts once and LibreOffice converts every DOCX in one call, for the whole file.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessDocument } from '@flowsmith/model';
import {
  buildSop,
  docxImages,
  layoutForSop,
  renderDocx,
  type SopBlock,
  type SopTree,
} from '@flowsmith/sop';
import { launchChromium, svgToPng } from '../../packages/cli/src/pdf/chromium';
import { printPdf } from '../../packages/cli/src/pdf/writeDocument';
import { HOSTILE, hostileProcess } from '../../packages/sop/src/testing/hostileProcess';
import { loadExample } from './loadExample';

const run = promisify(execFile);
let dir: string;
const docs: Record<string, ProcessDocument> = {
  pa: loadExample('purchase-approval-to-be'),
  hostile: hostileProcess(),
};
const trees: Record<string, SopTree> = {};
/** What the tools read of one PDF: its pages (pdftotext -layout), fonts and bookmarks. */
interface Read {
  pages: string[];
  fonts: string;
  outline: Array<{ page: number; title: string }>;
}
const chromium: Record<string, Read> = {};
const libreOffice: Record<string, Read> = {};

async function read(pdf: string): Promise<Read> {
  const text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
  const xml = (await run('pdftohtml', ['-xml', '-i', '-stdout', pdf])).stdout;
  return {
    pages: text.split('\f').slice(0, -1),
    fonts: (await run('pdffonts', [pdf])).stdout,
    outline: [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({
      page: Number(m[1]),
      title: m[2]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
    })),
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flowsmith-sop-'));
  const positions = async (doc: ProcessDocument) => {
    const p = await layoutForSop(doc);
    return p ? { positions: p } : {};
  };
  trees.paZh = buildSop(docs.pa!, { lang: 'zh-CN', ...(await positions(docs.pa!)) });
  trees.paEn = buildSop(docs.pa!, { lang: 'en', ...(await positions(docs.pa!)) });
  trees.hostile = buildSop(docs.hostile!, await positions(docs.hostile!));
  const browser = await launchChromium();
  try {
    for (const [key, tree] of Object.entries(trees)) {
      await writeFile(join(dir, `${key}.pdf`), await printPdf(browser, tree));
      const pngs = new Map<string, Uint8Array>();
      for (const image of docxImages(tree))
        pngs.set(image.svg, await svgToPng(browser, image.svg, image.width, image.height));
      await writeFile(join(dir, `${key}.docx`), await renderDocx(tree, { diagramPngs: pngs }));
    }
  } finally {
    await browser.close();
  }
  const keys = Object.keys(trees);
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(dir, 'lo'),
      ...keys.map((k) => join(dir, `${k}.docx`)),
    ],
    { timeout: 150_000 },
  );
  for (const key of keys) {
    chromium[key] = await read(join(dir, `${key}.pdf`));
    libreOffice[key] = await read(join(dir, 'lo', `${key}.pdf`));
  }
}, 240_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Text without the line breaks and spaces a layout puts inside long names. */
const squeeze = (s: string) => s.replace(/\s+/g, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "第 3 页 共 12 页" / "Page 3 of 12" as a pattern that allows any spacing. */
function pageOf(tree: SopTree, page: number, pages: number): RegExp {
  const [a, b, c] = tree.furniture!.pageOf.map((p) => escape(p.trim()).replace(/\s+/g, '\\s*'));
  return new RegExp(`${a}\\s*${page}\\s*${b}\\s*${pages}\\s*${c}`);
}

/** The checks every printed SOP passes, whoever printed it. */
function checkPages(tree: SopTree, pdf: Read): void {
  const n = pdf.pages.length;
  expect(n).toBeGreaterThan(5);
  pdf.pages.forEach((page, i) => {
    // "第 X 页 共 Y 页" in the footer and the running header on every page
    expect(page, `page ${i + 1}`).toMatch(pageOf(tree, i + 1, n));
    expect(squeeze(page)).toContain(squeeze(tree.furniture!.control!));
    // something on the page besides header and footer (at least a flowchart part's caption)
    const rest = squeeze(page)
      .replace(squeeze(tree.furniture!.title), '')
      .replace(squeeze(tree.furniture!.control!), '')
      .replace(pageOf(tree, i + 1, n), '');
    expect(rest.length, `page ${i + 1} is empty`).toBeGreaterThanOrEqual(6);
  });
  // every row of the procedure, in order: "N  <start of its name>" at the start of a line
  const table = procedureRows(tree);
  const text = pdf.pages.join('\n');
  let at = 0;
  for (const [number, name] of table) {
    const start = /^[\u2e80-\uffff]/.test(name)
      ? [...name].slice(0, 3).join('')
      : name.split(' ')[0]!;
    const found = new RegExp(`^\\s*${number}\\s+${escape(start)}`, 'm').exec(text.slice(at));
    expect(found, `step ${number} ${name} after offset ${at}`).not.toBeNull();
    at += found!.index + found![0].length;
  }
  // the contents give each section's page, and the section is there
  const toc = tree.blocks.find((b) => b.type === 'toc')!;
  for (const entry of toc.entries) {
    const line = new RegExp(`${escape(entry.text)}[\\s.]*(\\d+)\\s*$`, 'm').exec(pdf.pages[0]!);
    expect(line, entry.text).not.toBeNull();
    expect(pdf.pages[Number(line![1]) - 1]).toContain(entry.text);
  }
  // every font is embedded
  for (const row of pdf.fonts.trim().split('\n').slice(2))
    expect(row).toMatch(/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
}

function procedureRows(tree: SopTree): string[][] {
  const at = tree.blocks.findIndex((b) => b.type === 'heading' && /^7\. /.test(b.text));
  const table = tree.blocks.slice(at).find((b) => b.type === 'table') as Extract<
    SopBlock,
    { type: 'table' }
  >;
  return table.rows;
}

describe('the purchase-approval SOP printed by Chromium', () => {
  it.each(['paZh', 'paEn'])(
    '%s: page X of Y, header, text and the steps in order on every page',
    (key) => {
      checkPages(trees[key]!, chromium[key]!);
    },
  );

  it.each(['paZh', 'paEn'])('%s: has a PDF bookmark for every section, on its page', (key) => {
    const pdf = chromium[key]!;
    const toc = trees[key]!.blocks.find((b) => b.type === 'toc')!;
    for (const entry of toc.entries) {
      const mark = pdf.outline.find((o) => o.title === entry.text);
      expect(mark, entry.text).toBeDefined();
      expect(pdf.pages[mark!.page - 1]).toContain(entry.text);
    }
  });

  it('prints each flowchart part on a page of its own, its Chinese text at 8 pt or more', async () => {
    const diagram = trees.paZh!.blocks.find((b) => b.type === 'diagram')!;
    const pages = chromium.paZh!.pages;
    // the first page after the contents that has the heading
    const first = pages.findIndex((p, i) => i > 0 && p.includes('6. 流程图')) + 1;
    const parts = diagram.pages!.length;
    diagram.pages!.forEach((part, i) => {
      expect(squeeze(pages[first - 1 + i]!)).toContain(squeeze(part.caption!.split('。')[0]!));
    });
    // A CJK character is one em wide: its box's width (height, when rotated) is the font size.
    const { stdout } = await run('pdftotext', [
      '-bbox',
      '-f',
      String(first),
      '-l',
      String(first + parts - 1),
      join(dir, 'paZh.pdf'),
      '-',
    ]);
    const sizes: number[] = [];
    for (const m of stdout.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number) as [
        number,
        number,
        number,
        number,
      ];
      const chars = [...m[5]!];
      // the chart only: not the running header (top) and footer (bottom) in the margins
      if (y0 < 60 || y1 > 780 || !chars.every((c) => c.codePointAt(0)! > 0x2e80)) continue;
      const em = (x1 - x0) / chars.length;
      if (chars.length === 1) sizes.push(Math.min(x1 - x0, y1 - y0));
      else if (y1 - y0 > 1.5 * em) sizes.push(em);
    }
    expect(sizes.length).toBeGreaterThan(50);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(7.95);
  });

  it('contains the step names exactly and shows hostile names as text', () => {
    const zh = squeeze(chromium.paZh!.pages.join(''));
    expect(zh).toContain(
      squeeze('如金额 > 5万，则转至第6步（总经理审批）；否则转至第7步（系统生成采购订单）。'),
    );
    const t = squeeze(chromium.hostile!.pages.join(''));
    for (const name of [HOSTILE.script, HOSTILE.style, HOSTILE.quotes, HOSTILE.markdown])
      expect(t).toContain(squeeze(name));
  });
});

describe('the purchase-approval SOP as DOCX, converted by LibreOffice', () => {
  it.each(['paZh', 'paEn'])(
    '%s: page X of Y, header, text and the steps in order on every page',
    (key) => {
      checkPages(trees[key]!, libreOffice[key]!);
    },
  );

  it('uses the Noto CJK faces for Chinese and declares the SC face and zh-CN for East Asian text', async () => {
    const rows = libreOffice.paZh!.fonts.trim().split('\n').slice(2);
    const cjk = rows.filter((r) => /CJK|Droid|WenQuanYi|UMing|Hei|Song/i.test(r));
    expect(cjk.length).toBeGreaterThan(0);
    // The Noto CJK collections share one CFF table, so every face embeds under the "jp" CFF
    // name; which face's characters were used is set by the document (below).
    for (const row of cjk) expect(row).toMatch(/^\w+\+Noto(Sans|Serif)CJK/);
    const styles = (await run('unzip', ['-p', join(dir, 'paZh.docx'), 'word/styles.xml'])).stdout;
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="Noto Serif CJK SC"/);
    expect(styles).toMatch(/<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/);
    expect(styles).toMatch(/w:styleId="Heading2".*?w:eastAsia="Noto Sans CJK SC"/s);
  });

  it('numbers pages with PAGE and NUMPAGES fields, keeps headings with what follows, and gives the contents PAGEREF fields', async () => {
    const part = async (name: string) =>
      (await run('unzip', ['-p', join(dir, 'paZh.docx'), name])).stdout;
    const footer = await part('word/footer1.xml');
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect(await part('word/styles.xml')).toMatch(/w:styleId="Heading2".*?<w:keepNext\/>/s);
    const body = await part('word/document.xml');
    expect(body.match(/PAGEREF sec\d+/g)).toHaveLength(11);
  });

  it('shows hostile names as text', () => {
    const hostile = squeeze(libreOffice.hostile!.pages.join(''));
    for (const name of [HOSTILE.script, HOSTILE.style, HOSTILE.quotes, HOSTILE.markdown])
      expect(hostile).toContain(squeeze(name));
  });
});
