import { describe, expect, it } from 'vitest';
import { analyze } from '@flowsmith/analysis';
import { gallery, type ProcessDocument } from '@flowsmith/model';
import { renderDocx } from '../render/renderDocx';
import { renderHtml } from '../render/renderHtml';
import { renderMarkdown } from '../render/renderMarkdown';
import { buildWorkshopReport } from './buildWorkshopReport';

const base = gallery.doubleApproval;
const [first, second] = base.steps.filter((s) => s.type === 'task');
const doc: ProcessDocument = {
  ...base,
  notes: [
    {
      id: 'n1',
      text: 'Signed twice <why?>',
      author: 'Li',
      on: second!.id,
      createdAt: '2026-12-06T13:05:00Z',
    },
    { id: 'n2', text: 'Nobody knows who files it', position: { x: 0, y: 0 } },
    { id: 'n3', text: 'done already', on: first!.id, resolved: true },
  ],
  wasteTags: [
    { id: 'w1', step: second!.id, waste: 'overProcessing' },
    { id: 'w2', step: second!.id, waste: 'waiting' },
    { id: 'w3', step: first!.id, waste: 'waiting' },
  ],
  votes: [
    { id: 'v1', by: 'Li', on: second!.id },
    { id: 'v2', by: 'Ann', on: second!.id },
    { id: 'v3', by: 'Li', on: 'n2' },
    { id: 'v4', by: 'Li', on: 'gone' },
  ],
  parkingLot: [{ id: 'p1', text: 'ERP licence', author: 'Ann', done: true }],
};

describe('buildWorkshopReport', () => {
  it('ranks the problems with the findings about the same steps, then tags, notes, parking lot', () => {
    const { findings } = analyze(doc);
    const about = findings.filter((f) => f.steps.includes(second!.id));
    expect(about.length).toBeGreaterThan(0);
    const tree = buildWorkshopReport(doc, { lang: 'en', findings });
    const tables = tree.blocks.filter((b) => b.type === 'table');
    const [top, wastes, notes] = tables;
    expect(top!.rows.map((r) => r.slice(0, 5))).toEqual([
      ['1', `Step "${second!.name}"`, '2', 'Li, Ann', 'Over-processing, Waiting'],
      ['2', 'Note "Nobody knows who files it"', '1', 'Li', '—'],
    ]);
    expect(top!.rows[0]![5]).toContain(about[0]!.message);
    expect(wastes!.rows).toEqual([
      ['Waiting', '2', `${first!.name}, ${second!.name}`],
      ['Over-processing', '1', second!.name],
    ]);
    expect(notes!.rows.map((r) => r[1])).toEqual([
      'Signed twice <why?>',
      'Nobody knows who files it',
    ]);
    expect(renderMarkdown(tree)).toContain('ERP licence (Ann) ✓ done');
    expect(renderHtml(tree)).toContain('Signed twice &lt;why?&gt;');
  });

  it('speaks Chinese and says when there is nothing yet; renders to DOCX', async () => {
    const tree = buildWorkshopReport(base, { lang: 'zh-CN' });
    const text = tree.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(text).toContain('研讨会报告');
    expect(text).toContain('尚无人投票。');
    expect(text).toContain('停车场为空。');
    const docx = await renderDocx(buildWorkshopReport(doc, { lang: 'zh-CN' }));
    expect(docx.byteLength).toBeGreaterThan(1000);
  });
});
