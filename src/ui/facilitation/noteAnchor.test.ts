import { describe, expect, it } from 'vitest';
import { anchorPoint, NOTE_WIDTH, PILE_SHIFT } from './noteAnchor';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 80 });

describe('anchorPoint', () => {
  it('puts step notes under the step, piled', () => {
    const x = 50 - NOTE_WIDTH / 2;
    expect(anchorPoint('step', [box(0, 100)], 0)).toEqual({ x, y: 204 });
    expect(anchorPoint('step', [box(0, 100)], 2)).toEqual({
      x: x + 2 * PILE_SHIFT,
      y: 204 + 2 * PILE_SHIFT,
    });
  });
  it('puts flow notes between the two ends and lane notes after the header', () => {
    expect(anchorPoint('flow', [box(0, 0), box(200, 0)], 0)).toEqual({
      x: 150 - NOTE_WIDTH / 2,
      y: 48,
    });
    expect(anchorPoint('flow', [box(0, 0)], 0)).toBeNull();
    expect(anchorPoint('lane', [box(0, 300)], 0)).toEqual({ x: 44, y: 306 });
    expect(anchorPoint('step', [], 0)).toBeNull();
  });
});
