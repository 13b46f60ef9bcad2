/** What can take the focus inside a dialog (disabled and `tabindex="-1"` elements excluded). */
export const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), iframe, [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/**
 * Which of `items` Tab (or Shift+Tab when `back`) should focus next so the focus cycles inside
 * them: from the last forward to the first, from the first back to the last, and into the list
 * from anywhere outside it (`current` not in it). `null` when the list is empty or the browser's
 * own step stays inside. Pure.
 */
export function nextFocus<T>(items: readonly T[], current: T | null, back: boolean): T | null {
  if (items.length === 0) return null;
  const i = current === null ? -1 : items.indexOf(current);
  if (i === -1) return back ? items[items.length - 1]! : items[0]!;
  if (back && i === 0) return items[items.length - 1]!;
  if (!back && i === items.length - 1) return items[0]!;
  return null;
}

/** The visible focusable elements inside `root`, in document (tab) order. */
export function focusablesIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.getClientRects().length > 0 && !el.closest('[inert]'),
  );
}
