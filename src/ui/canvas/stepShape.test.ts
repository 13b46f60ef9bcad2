import { describe, expect, it } from 'vitest';
import type { Step } from '@flowsmith/model';
import { facingHandles } from './stepShape';

const at = (type: Step['type'], x: number, y: number) => ({ type, position: { x, y } });

describe('the sides a flow uses', () => {
  it('same row: out of the front, into the back', () => {
    expect(facingHandles(at('task', 0, 0), at('task', 200, 0), 'horizontal')).toEqual(['r', 'l']);
  });
  it('straight below: down and in from the top', () => {
    expect(facingHandles(at('task', 0, 0), at('task', 10, 200), 'horizontal')).toEqual(['b', 't']);
  });
  it('a gateway branches out of its bottom into the back of a step in a lower lane', () => {
    expect(facingHandles(at('xor', 0, 0), at('task', 200, 200), 'horizontal')).toEqual(['b', 'l']);
  });
  it('a task drops into a step of another lane from above', () => {
    expect(facingHandles(at('task', 0, 0), at('task', 300, 200), 'horizontal')).toEqual(['r', 't']);
  });
  it('an end event is entered from behind, not through its name', () => {
    expect(facingHandles(at('task', 0, 200), at('end', 300, 0), 'horizontal')).toEqual(['r', 'l']);
  });
  it('a loop back in the same row goes around below', () => {
    expect(facingHandles(at('task', 300, 0), at('task', 0, 0), 'horizontal')).toEqual(['b', 'b']);
  });
  it('vertical lanes read top down', () => {
    expect(facingHandles(at('task', 0, 0), at('task', 0, 200), 'vertical')).toEqual(['b', 't']);
  });
});

describe('where a flow between rows turns', () => {
  it('just before its target, not half-way', async () => {
    const { turnNearTarget } = await import('./stepShape');
    const { Position } = await import('@xyflow/react');
    expect(turnNearTarget(0, 0, Position.Right, 400, 200, Position.Left)).toEqual({ centerX: 376 });
    expect(turnNearTarget(0, 0, Position.Right, 400, 0, Position.Left)).toEqual({});
    expect(turnNearTarget(0, 0, Position.Bottom, 200, 400, Position.Top)).toEqual({ centerY: 376 });
  });
});
