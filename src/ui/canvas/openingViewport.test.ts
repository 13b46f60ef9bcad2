import { describe, expect, it } from 'vitest';
import { LEGIBLE_ZOOM, openingViewport, type FitInput } from './openingViewport';

const screen = { width: 1000, height: 600 };
const base: FitInput = {
  steps: { x: 100, y: 50, width: 600, height: 300 },
  lanes: { x: 40, y: 0, width: 700, height: 400 },
  start: null,
  screen,
  orientation: 'horizontal',
  header: 120,
};
const toScreen = (v: { x: number; y: number; zoom: number }, x: number, y: number) => ({
  x: x * v.zoom + v.x,
  y: y * v.zoom + v.y,
});

describe('openingViewport', () => {
  it('fits a short process whole: all lanes visible, steps clear of the lane headers', () => {
    const v = openingViewport(base);
    expect(v.zoom).toBeLessThanOrEqual(1.2);
    const top = toScreen(v, 0, 0);
    const bottom = toScreen(v, 0, 400);
    expect(top.y).toBeGreaterThanOrEqual(24 - 1e-9);
    expect(bottom.y).toBeLessThanOrEqual(600 - 24 + 1e-9);
    const left = toScreen(v, 100, 0);
    const right = toScreen(v, 700, 0);
    expect(left.x).toBeGreaterThanOrEqual(120 + 24 - 1e-9);
    expect(right.x).toBeLessThanOrEqual(1000 - 24 + 1e-9);
  });

  it('never drops below the legible zoom: a long flow shows from its start event', () => {
    const v = openingViewport({
      ...base,
      steps: { x: 100, y: 50, width: 6000, height: 500 },
      lanes: { x: 40, y: 0, width: 6100, height: 560 },
      start: { x: 100, y: 200, width: 36, height: 36 },
    });
    expect(v.zoom).toBeGreaterThanOrEqual(LEGIBLE_ZOOM);
    expect(toScreen(v, 100, 0).x).toBeCloseTo(120 + 24 + 48); // the start past the headers
    // The lanes fit the height, so the zoom is the one that fits them (not the minimum).
    expect(v.zoom).toBeCloseTo((600 - 48) / 560);
  });

  it('keeps the legible zoom when even the lanes are too tall, showing them from the top', () => {
    const v = openingViewport({
      ...base,
      steps: { x: 100, y: 50, width: 6000, height: 3000 },
      lanes: { x: 40, y: 0, width: 6100, height: 3100 },
    });
    expect(v.zoom).toBe(LEGIBLE_ZOOM);
    expect(toScreen(v, 0, 0).y).toBeCloseTo(24);
  });

  it('lays columns out the other way: headers on top, the flow read downwards', () => {
    const v = openingViewport({
      ...base,
      orientation: 'vertical',
      header: 44,
      steps: { x: 50, y: 100, width: 500, height: 6000 },
      lanes: { x: 0, y: 40, width: 560, height: 6100 },
      start: { x: 250, y: 100, width: 36, height: 36 },
    });
    expect(v.zoom).toBeGreaterThanOrEqual(LEGIBLE_ZOOM);
    expect(toScreen(v, 0, 100).y).toBeCloseTo(44 + 24 + 48);
    const left = toScreen(v, 0, 0).x;
    const right = toScreen(v, 560, 0).x;
    expect(left).toBeGreaterThanOrEqual(24 - 1e-9);
    expect(right).toBeLessThanOrEqual(1000 - 24 + 1e-9);
  });

  it('honours a higher minimum (presentation mode)', () => {
    const v = openingViewport({ ...base, minZoom: 1.1, maxZoom: 1.6 });
    expect(v.zoom).toBeGreaterThanOrEqual(1.1);
  });
});
