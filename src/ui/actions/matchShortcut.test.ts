import { describe, expect, it } from 'vitest';
import { formatShortcut, matchShortcut } from './matchShortcut';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('matchShortcut', () => {
  it('matches Mod as Ctrl off the Mac and ⌘ on it', () => {
    expect(matchShortcut(key('z', { ctrlKey: true }), 'Mod+Z', false)).toBe(true);
    expect(matchShortcut(key('z', { metaKey: true }), 'Mod+Z', true)).toBe(true);
    expect(matchShortcut(key('z', { metaKey: true }), 'Mod+Z', false)).toBe(false);
  });
  it('tells Shift apart for letters', () => {
    expect(matchShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z', false)).toBe(false);
    expect(matchShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z', false)).toBe(
      true,
    );
  });
  it('accepts punctuation whose character implies Shift', () => {
    expect(matchShortcut(key('?', { shiftKey: true }), '?', false)).toBe(true);
    expect(matchShortcut(key('+', { shiftKey: true }), '+', false)).toBe(true);
    expect(matchShortcut(key('=', { ctrlKey: true }), 'Mod+=', false)).toBe(true);
  });
  it('needs named keys exactly', () => {
    expect(matchShortcut(key('Delete'), 'Delete', false)).toBe(true);
    expect(matchShortcut(key('Delete', { ctrlKey: true }), 'Delete', false)).toBe(false);
  });
  it('matches letters and digits by physical key, whatever character the layout types', () => {
    // Shift+1 types "!" on a US layout and "！" on a Chinese one: the key is still Digit1.
    expect(
      matchShortcut({ ...key('!', { shiftKey: true }), code: 'Digit1' }, 'Shift+1', false),
    ).toBe(true);
    expect(
      matchShortcut({ ...key('！', { shiftKey: true }), code: 'Digit1' }, 'Shift+1', false),
    ).toBe(true);
    expect(matchShortcut({ ...key('1'), code: 'Digit1' }, 'Shift+1', false)).toBe(false);
    expect(matchShortcut({ ...key('P', { shiftKey: true }), code: 'KeyP' }, 'Shift+P', false)).toBe(
      true,
    );
    // A layout where the P key types another letter still matches by position.
    expect(matchShortcut({ ...key('r', { ctrlKey: true }), code: 'KeyZ' }, 'Mod+Z', false)).toBe(
      true,
    );
    expect(matchShortcut({ ...key('z', { ctrlKey: true }), code: 'KeyY' }, 'Mod+Z', false)).toBe(
      false,
    );
  });
  it('formats for the platform', () => {
    expect(formatShortcut('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('Mod+Shift+Z', true)).toBe('⌘⇧Z');
  });
});
