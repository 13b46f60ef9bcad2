import { describe, it, expect } from 'vitest';
import { gallery } from '../testing/processes';
import { acceptsTrace } from './acceptsTrace';

describe('token game: traces', () => {
  it('TG-8 TG-13 accepts a complete trace of sequence3: no token left', () => {
    const r = acceptsTrace(gallery.sequence3, ['start', 'a', 'b', 'c', 'end'], { complete: true });
    expect(r.ok && r.marking.size).toBe(0);
  });

  it('TG-13 accepts both interleavings of andSplitJoin and refuses an early join', () => {
    const head = ['start', 'a', 'fork'];
    expect(
      acceptsTrace(gallery.andSplitJoin, [...head, 'left', 'right', 'join', 'z', 'end']).ok,
    ).toBe(true);
    expect(
      acceptsTrace(gallery.andSplitJoin, [...head, 'right', 'left', 'join', 'z', 'end']).ok,
    ).toBe(true);
    const r = acceptsTrace(gallery.andSplitJoin, [...head, 'left', 'join']);
    expect(!r.ok && [r.at, r.reason.code]).toEqual([4, 'join-waiting']);
  });

  it('TG-13 follows every xor choice when the trace does not name the flow', () => {
    expect(acceptsTrace(gallery.xorSplitJoin, ['start', 'split', 'large', 'merge', 'end']).ok).toBe(
      true,
    );
    const named = acceptsTrace(gallery.xorSplitJoin, [
      'start',
      { stepId: 'split', flowId: 'split-small' },
      'large',
    ]);
    expect(!named.ok && named.at).toBe(2);
  });

  it('TG-13 checks xor choices against case data', () => {
    const data = { amount: 50 };
    expect(acceptsTrace(gallery.xorSplitJoin, ['start', 'split', 'small'], { data }).ok).toBe(true);
    const r = acceptsTrace(
      gallery.xorSplitJoin,
      ['start', { stepId: 'split', flowId: 'split-large' }],
      { data },
    );
    expect(!r.ok && r.reason.code).toBe('condition-false');
  });

  it('TG-13 loops: the rework loop may go round twice', () => {
    const loop = ['merge', 'work', 'check', 'ok'];
    const r = acceptsTrace(gallery.reworkLoop, ['start', ...loop, ...loop, ...loop, 'end'], {
      complete: true,
    });
    expect(r.ok).toBe(true);
  });

  it('TG-13 refuses traces that do not start at a start step, are empty or stop early', () => {
    const r1 = acceptsTrace(gallery.sequence3, ['a']);
    expect(!r1.ok && [r1.at, r1.reason.code]).toEqual([0, 'trace-start']);
    const r2 = acceptsTrace(gallery.sequence3, []);
    expect(!r2.ok && r2.reason.code).toBe('empty-trace');
    const r3 = acceptsTrace(gallery.sequence3, ['start', 'a'], { complete: true });
    expect(!r3.ok && [r3.at, r3.reason.code]).toEqual([2, 'not-complete']);
    expect(!r3.ok && r3.reason.message).toContain("'a-b'");
    const r4 = acceptsTrace(gallery.sequence3, ['start', 'b'], { lang: 'zh-CN' });
    expect(!r4.ok && r4.reason.message).toContain('现在不能执行');
  });

  it('TG-13 a trace of lackOfSync runs c twice and is accepted', () => {
    const t = ['start', 'fork', 'a', 'b', 'merge', 'merge', 'c', 'c', 'end', 'end'];
    expect(acceptsTrace(gallery.lackOfSync, t, { complete: true }).ok).toBe(true);
  });
});
