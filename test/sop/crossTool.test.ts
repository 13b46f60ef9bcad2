/**
 * The SOP as other tools read it: the DOCX converted by LibreOffice (headless) to text, the PDF
 * printed by Chromium read back by pdftotext and pdffonts. Chromium and LibreOffice start once for
 * the whole file.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessDocument } from '@flowsmith/model';
import {
  buildJobs,
  buildSop,
  layoutForSop,
  renderDocx,
  renderHtml,
  type SopTree,
} from '@flowsmith/sop';
import { htmlToPdf, launchChromium, svgToPng } from '../../packages/cli/src/pdf/chromium';
import { HOSTILE, hostileProcess } from '../../packages/sop/src/testing/hostileProcess';
import { loadExample } from './loadExample';

const run = promisify(execFile);
let dir: string;
const docs: Record<string, ProcessDocument> = {
  pa: loadExample('purchase-approval-to-be'),
  otc: loadExample('order-to-cash'),
  hostile: hostileProcess(),
};
const text: Record<string, { docx: string; pdf: string; fonts: string }> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flowsmith-sop-'));
  const trees: Record<string, SopTree> = {};
  for (const [key, doc] of Object.entries(docs)) {
    const positions = await layoutForSop(doc);
    trees[key] = buildSop(doc, positions ? { positions } : {});
  }
  trees.jobs = buildJobs(docs.pa!);
  const browser = await launchChromium();
  try {
    for (const [key, tree] of Object.entries(trees)) {
      await writeFile(join(dir, `${key}.pdf`), await htmlToPdf(browser, renderHtml(tree)));
      const pngs = new Map<string, Uint8Array>();
      for (const b of tree.blocks)
        if (b.type === 'diagram')
          pngs.set(b.svg, await svgToPng(browser, b.svg, b.width, b.height));
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
      'txt:Text',
      '--outdir',
      dir,
      ...keys.map((k) => join(dir, `${k}.docx`)),
    ],
    { timeout: 120_000 },
  );
  for (const key of keys) {
    const pdf = join(dir, `${key}.pdf`);
    text[key] = {
      docx: await readFile(join(dir, `${key}.txt`), 'utf8'),
      pdf: (await run('pdftotext', [pdf, '-'])).stdout,
      fonts: (await run('pdffonts', [pdf])).stdout,
    };
  }
}, 180_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Text without the line breaks and spaces a layout puts inside long names. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('DOCX through LibreOffice', () => {
  it('has the headings and every step of the Chinese SOP', () => {
    const t = text.pa!.docx;
    for (const h of [
      '标准操作流程：采购审批（优化后）',
      '1. 目的',
      '3. 职责',
      'RACI 矩阵',
      '5. 流程图',
      '6. 操作步骤',
      '9. 修订记录',
    ])
      expect(t).toContain(h);
    for (const step of docs.pa!.steps)
      expect(t).toMatch(
        new RegExp(`6\\.\\d+[a-z]?(\\.\\d+)? ${step.name.replace(/[()（）]/g, '.')}`),
      );
    expect(t).toContain(
      '如果需补正，转至第6.6步（申请人补正申请）；否则转至第6.7步（部门经理审批）。',
    );
  });

  it('has the headings and every step of the English SOP', () => {
    const t = text.otc!.docx;
    for (const h of [
      'Standard operating procedure: Order to cash',
      '6. Procedure',
      '7. Key performance indicators',
    ])
      expect(t).toContain(h);
    for (const step of docs.otc!.steps) expect(t).toContain(` ${step.name}`);
  });

  it('shows hostile names as text', () => {
    const t = text.hostile!.docx;
    for (const name of [
      HOSTILE.script,
      HOSTILE.style,
      HOSTILE.quotes,
      HOSTILE.markdown,
      HOSTILE.emoji,
      HOSTILE.long,
    ])
      expect(t).toContain(name);
  });

  it('writes the job descriptions', () => {
    expect(text.jobs!.docx).toContain('岗位说明书：部门经理');
    expect(text.jobs!.docx).toContain('6.7 部门经理审批');
  });
});

describe('PDF through Chromium', () => {
  it('contains the Chinese step names exactly', () => {
    const t = squeeze(text.pa!.pdf);
    for (const step of docs.pa!.steps) expect(t).toContain(squeeze(step.name));
    expect(t).toContain(
      squeeze('如果金额 > 5万，转至第6.10步（总经理审批）；否则转至第6.11步（汇合）。'),
    );
  });

  it('embeds every font it uses', () => {
    for (const key of Object.keys(text)) {
      const rows = text[key]!.fonts.trim().split('\n').slice(2);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toMatch(/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
    }
  });

  it('shows hostile names as text', () => {
    const t = squeeze(text.hostile!.pdf);
    for (const name of [
      HOSTILE.script,
      HOSTILE.style,
      HOSTILE.quotes,
      HOSTILE.markdown,
      HOSTILE.long,
    ])
      expect(t).toContain(squeeze(name));
  });
});
