import { describe, expect, it } from 'vitest';
import { nextFocus } from './focusTrap';

describe('nextFocus', () => {
  const items = ['close', 'name', 'ok'];
  it('wraps from the last forward to the first and from the first back to the last', () => {
    expect(nextFocus(items, 'ok', false)).toBe('close');
    expect(nextFocus(items, 'close', true)).toBe('ok');
  });
  it("leaves the browser's own step when it stays inside", () => {
    expect(nextFocus(items, 'close', false)).toBeNull();
    expect(nextFocus(items, 'ok', true)).toBeNull();
  });
  it('brings a focus that escaped back inside', () => {
    expect(nextFocus(items, 'elsewhere', false)).toBe('close');
    expect(nextFocus(items, null, true)).toBe('ok');
  });
  it('has nothing to focus in an empty dialog', () => {
    expect(nextFocus([], null, false)).toBeNull();
  });
});
