import { describe, expect, it } from 'vitest';
import { padSide } from './padSide';

describe('where the context pad goes', () => {
  const task = { type: 'task' as const, position: { x: 0, y: 200 } };
  const gate = { type: 'xor' as const, position: { x: 0, y: 200 } };

  it('goes above a task and below a gateway when there is room', () => {
    expect(padSide(task, 0, 1, 800)).toBe('above');
    expect(padSide(gate, 0, 1, 800)).toBe('below');
  });

  it('flips below a task at the top edge of the canvas, above a gateway at the bottom', () => {
    // Task top edge at 200 - 40 = 160 flow units; panned so it is 20 px from the top.
    expect(padSide(task, -140, 1, 800)).toBe('below');
    // Gateway bottom edge at 225; the canvas is 240 px high.
    expect(padSide(gate, 0, 1, 240)).toBe('above');
  });

  it('measures on screen, at the current zoom', () => {
    expect(padSide(task, 0, 0.25, 800)).toBe('below'); // top edge at 40 px
    expect(padSide(task, 0, 2, 800)).toBe('above');
  });
});
