import { describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import { buildJobs } from './buildJobs';
import type { SopBlock } from './tree';

type Table = Extract<SopBlock, { type: 'table' }>;
const tableAfter = (blocks: SopBlock[], heading: string, from = 0) => {
  const at = blocks.findIndex((b, i) => i >= from && b.type === 'heading' && b.text === heading);
  return blocks[at + 1] as Table;
};

describe('buildJobs', () => {
  it('gives each duty its time per case and hours per week at the arrival rate (mm1)', () => {
    // one case every 10 min → 1008 cases a week; 8 min each → 134.4 h a week
    const tree = buildJobs(gallery.mm1, { lang: 'en' });
    expect(tree.title).toBe('Job description: clerk');
    expect(tableAfter(tree.blocks, 'Duties').rows).toEqual([
      ['6.2 serve', '8 min', '134.4'],
      ['Total', '8 min', '134.4'],
    ]);
    expect(tree.blocks).toContainEqual({
      type: 'paragraph',
      tone: 'muted',
      text: "Hours per week are expected at the process's arrival rate of 1008 cases per week (visits × mean duration × cases per week).",
    });
  });

  it('counts visits: a rework loop multiplies the time per case (reworkLoop: 1.25 visits)', () => {
    const tree = buildJobs(gallery.reworkLoop, { lang: 'en', role: 'clerk' });
    // arrivals every 20 min → 504 a week; 5 min × 1.25 visits = 6.25 min → 52.5 h
    expect(tableAfter(tree.blocks, 'Duties').rows[0]).toEqual(['6.3 work', '6.3 min', '52.5']);
  });

  it('lists what a role signs off, whom it consults and informs, and its KPIs', () => {
    const doc = structuredClone(gallery.doubleApproval);
    for (const s of doc.steps) {
      if (s.id === 'fill')
        Object.assign(s, {
          raci: { accountable: 'manager', consulted: ['finance'], informed: ['manager'] },
          sla: { value: 2, unit: 'h' },
        });
    }
    const clerk = buildJobs(doc, { lang: 'en', role: 'clerk' }).blocks;
    const listAfter = (blocks: SopBlock[], heading: string) =>
      blocks[blocks.findIndex((b) => b.type === 'heading' && b.text === heading) + 1];
    expect(listAfter(clerk, 'Consults')).toEqual({
      type: 'list',
      ordered: false,
      items: ['finance: 6.2 fill'],
    });
    expect(listAfter(clerk, 'Informs')).toEqual({
      type: 'list',
      ordered: false,
      items: ['manager: 6.2 fill'],
    });
    expect(listAfter(clerk, 'Signs off (accountable)')).toEqual({ type: 'paragraph', text: '—' });
    const kpis = listAfter(clerk, 'Performance indicators') as Extract<SopBlock, { type: 'list' }>;
    expect(kpis.items).toContain('Finish step 6.2 (fill) within 2 h');
    expect(kpis.items[0]).toMatch(/^Expected utilisation: \d+%$/);
    const manager = buildJobs(doc, { lang: 'en', role: 'manager' }).blocks;
    expect(listAfter(manager, 'Signs off (accountable)')).toEqual({
      type: 'list',
      ordered: false,
      items: ['6.2 fill'],
    });
  });

  it('describes every role in one document, page by page, in Chinese', () => {
    const tree = buildJobs(gallery.doubleApproval, { lang: 'zh-CN' });
    expect(tree.title).toBe('岗位说明书：doubleApproval');
    const roles = tree.blocks.flatMap((b) =>
      b.type === 'heading' && b.level === 2 ? [b.text] : [],
    );
    expect(roles).toEqual(['岗位说明书：clerk', '岗位说明书：manager', '岗位说明书：finance']);
    expect(tree.blocks.filter((b) => b.type === 'pageBreak')).toHaveLength(2);
  });

  it('refuses a role the process does not have', () => {
    expect(() => buildJobs(gallery.mm1, { role: 'nobody' })).toThrow(RangeError);
  });

  it('says so when the process has no arrival rate', () => {
    const tree = buildJobs(gallery.deadlockAfterXor, { lang: 'en' });
    expect(tableAfter(tree.blocks, 'Duties').rows[0]![2]).toBe('—');
    expect(tree.blocks.some((b) => b.type === 'warning')).toBe(true);
  });
});
