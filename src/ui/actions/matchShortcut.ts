/** Whether the platform uses ⌘ as the main modifier. */
export const IS_MAC =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform ?? '');

/** The key event fields a shortcut is matched on. */
export type ShortcutEvent = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'
> &
  Partial<Pick<KeyboardEvent, 'code'>>;

/**
 * The physical key (`KeyboardEvent.code`) of a letter or digit: `KeyP`, `Digit1`. Letters and
 * digits are matched on it, so Shift+1 (which types "!" on a US layout and "！" on a Chinese one)
 * and Shift+P still match. Pure.
 */
function physicalCode(key: string): string | null {
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  return null;
}

/**
 * Whether a key event matches a shortcut written like `Mod+Shift+Z`, `Shift+1`, `Delete` or `?`.
 * `Mod` is ⌘ on a Mac and Ctrl elsewhere. Letters and digits match by physical key (`code`:
 * `KeyZ`, `Digit1`, also `Numpad1`), falling back to the character when the event has no code;
 * their Shift must match exactly. Other modifiers must match exactly, except Shift for
 * punctuation keys (`?`, `+`) whose character already implies it. Pure.
 */
export function matchShortcut(e: ShortcutEvent, shortcut: string, mac: boolean = IS_MAC): boolean {
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
  const code = physicalCode(key);
  if (code || key.length > 1) {
    if (mods.has('Shift') !== e.shiftKey) return false;
  }
  if (!code) return e.key === key;
  if (e.code) return e.code === code || (/^Digit/.test(code) && e.code === `Numpad${key}`);
  return e.key.toLowerCase() === key.toLowerCase();
}

/** A shortcut as the user reads it on this platform (`Ctrl+Z`, `⌘Z`). Pure. */
export function formatShortcut(shortcut: string, mac: boolean = IS_MAC): string {
  if (!mac) return shortcut.replace('Mod', 'Ctrl');
  return shortcut.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}
