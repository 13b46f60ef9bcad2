import type { Position } from '@flowsmith/model';

/**
 * Stores a position under a step id as an own property, so ids like `__proto__` are kept as data
 * instead of changing the object's prototype.
 */
export function setPosition(out: Record<string, Position>, id: string, p: Position): void {
  Object.defineProperty(out, id, {
    value: p,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
