/**
 * A text field drawn over the canvas to edit a name or label in place: focused with its text
 * selected when it appears; Enter or leaving the field commits, Escape cancels. Keys that belong
 * to an input method's composition (pinyin: Enter picks the Latin letters, Escape drops the
 * candidates) are left to the input method. Pointer events stay in the field, so typing and
 * selecting text neither drags nor pans the map.
 */
import { useEffect, useRef } from 'react';

/** True while a key event belongs to an input method composition. */
export function isComposingKey(e: { isComposing: boolean; keyCode: number }): boolean {
  return e.isComposing || e.keyCode === 229;
}

/**
 * The field; `onDone` gets the trimmed text on commit and `null` on cancel, exactly once (with the
 * field, or null when it is already gone).
 */
export function InPlaceInput({
  initial,
  className,
  ariaLabel,
  testId,
  onDone,
}: {
  initial: string;
  className: string;
  ariaLabel: string;
  testId: string;
  onDone: (value: string | null, field: HTMLInputElement | null) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  const latest = useRef(onDone);
  useEffect(() => {
    latest.current = onDone;
  });
  useEffect(() => {
    const field = input.current;
    field?.focus({ preventScroll: true });
    field?.select();
    // Unmounted while open (its step scrolled out of view and was not drawn any more, say): the
    // text typed so far is kept, as when the field loses the focus. (StrictMode's trial unmount
    // leaves the field in the page, so it is not mistaken for that.)
    return () => {
      if (done.current || !field || field.isConnected) return;
      done.current = true;
      latest.current(field.value.trim(), null);
    };
  }, []);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    latest.current(commit ? (input.current?.value.trim() ?? '') : null, input.current);
  };
  const stop = (e: React.SyntheticEvent) => e.stopPropagation();
  return (
    <input
      ref={input}
      className={`fs-label-editor ${className} nodrag nopan nowheel nokey`}
      data-testid={testId}
      aria-label={ariaLabel}
      defaultValue={initial}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (isComposingKey(e.nativeEvent)) return;
        if (e.key === 'Enter') {
          e.preventDefault();
          finish(true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(false);
        }
      }}
      onBlur={() => finish(true)}
      onMouseDown={stop}
      onClick={stop}
      onDoubleClick={stop}
    />
  );
}
