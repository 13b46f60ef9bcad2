import { describe, it, expect } from 'vitest';
import { ProgressBar } from './ProgressBar';

function stream(isTTY: boolean) {
  const out: string[] = [];
  return { out, s: { isTTY, columns: 60, write: (t: string) => (out.push(t), true) } };
}

describe('ProgressBar', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const { out, s } = stream(false);
    const bar = new ProgressBar(s, 'simulate');
    bar.update(0.5);
    bar.done();
    expect(out).toEqual([]);
  });

  it('draws the share done on a terminal, at most ten times a second, and clears the line', () => {
    const { out, s } = stream(true);
    let t = 0;
    const bar = new ProgressBar(s, 'simulate', () => t);
    bar.update(0.25);
    bar.update(0.3);
    t = 200;
    bar.update(0.5);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatch(/simulate \[█+░+\] {2}50 %/);
    bar.done();
    expect(out[2]).toBe('\r\x1b[2K');
  });
});
