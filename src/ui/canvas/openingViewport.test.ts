import { describe, expect, it } from 'vitest';
import { openingViewport, READABLE_ZOOM } from './openingViewport';

const screen = { width: 1000, height: 600 };

describe('openingViewport', () => {
  it('lets the canvas fit a process that is readable whole', () => {
    expect(openingViewport({ x: 0, y: 0, width: 800, height: 400 }, screen, 1)).toBeNull();
  });

  it('shows the start of a wide process at a readable zoom, lanes centred', () => {
    const v = openingViewport({ x: 100, y: 50, width: 4000, height: 500 }, screen, 0.25)!;
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(v.x + 100 * v.zoom).toBe(16); // the leftmost step sits at the margin
    const top = v.y + 50 * v.zoom;
    expect(top + (500 * v.zoom) / 2).toBeCloseTo(300); // the lanes' middle is the screen's middle
  });

  it('shows the top of a tall (vertical-lane) process', () => {
    const v = openingViewport({ x: 0, y: -200, width: 500, height: 5000 }, screen, 0.12)!;
    expect(v.y - 200 * v.zoom).toBe(16);
  });
});
