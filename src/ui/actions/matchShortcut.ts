/** Whether the platform uses ⌘ as the main modifier. */
export const IS_MAC =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform ?? '');

/**
 * Whether a key event matches a shortcut written like `Mod+Shift+Z`, `Delete` or `?`. `Mod` is
 * ⌘ on a Mac and Ctrl elsewhere; letters compare case-insensitively; other modifiers must match
 * exactly, except Shift for punctuation keys (`?`, `+`) whose character already implies it. Pure.
 */
export function matchShortcut(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  shortcut: string,
  mac: boolean = IS_MAC,
): boolean {
  let key: string;
  let modNames: string[];
  if (shortcut === '+') [key, modNames] = ['+', []];
  else if (shortcut.endsWith('++')) [key, modNames] = ['+', shortcut.slice(0, -2).split('+')];
  else {
    modNames = shortcut.split('+');
    key = modNames.pop()!;
  }
  const mods = new Set(modNames);
  const wantMod = mods.has('Mod');
  const mod = mac ? e.metaKey : e.ctrlKey;
  const other = mac ? e.ctrlKey : e.metaKey;
  if (wantMod !== mod || other || mods.has('Alt') !== e.altKey) return false;
  const isLetter = /^[a-z0-9]$/i.test(key);
  if (isLetter || key.length > 1) {
    if (mods.has('Shift') !== e.shiftKey) return false;
  }
  return isLetter ? e.key.toLowerCase() === key.toLowerCase() : e.key === key;
}

/** A shortcut as the user reads it on this platform (`Ctrl+Z`, `⌘Z`). Pure. */
export function formatShortcut(shortcut: string, mac: boolean = IS_MAC): string {
  if (!mac) return shortcut.replace('Mod', 'Ctrl');
  return shortcut.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}
