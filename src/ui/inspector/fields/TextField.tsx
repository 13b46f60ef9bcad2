import { useEffect, useId, useRef, useState } from 'react';
import { FieldShell } from './FieldShell';

/** Props of `TextField`. */
export interface TextFieldProps {
  label: string;
  value: string;
  /** Called with the draft on Enter or blur when it changed; returns an error to show, or null. */
  onCommit: (value: string) => string | null;
  /** Checked on every keystroke (e.g. the condition language); shown without committing. */
  validate?: (value: string) => string | null;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
  testId?: string;
}

/**
 * A text input that edits a draft and commits on Enter or blur, so one edit is one undo step.
 * Enter during an input-method composition (pinyin) does not commit: the composition ends first.
 * A refused value stays in the box with the reason under it.
 */
export function TextField({
  label,
  value,
  onCommit,
  validate,
  multiline,
  placeholder,
  hint,
  testId,
}: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const composing = useRef(false);
  const editing = useRef(false);
  useEffect(() => {
    // Follow the document (undo, another view) unless the user is typing here; a draft that
    // the document caught up with (a refused value accepted later) is no longer in error.
    setDraft((d) => {
      if (!editing.current || d === value) {
        editing.current = false;
        setError(null);
        return value;
      }
      return d;
    });
  }, [value]);
  const commit = () => {
    editing.current = false;
    if (draft === value) {
      setError(validate ? validate(draft) : null);
      return;
    }
    const problem = (validate && validate(draft)) ?? onCommit(draft);
    setError(problem);
    if (problem) editing.current = true;
  };
  const common = {
    id,
    value: draft,
    placeholder,
    'data-testid': testId,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    onFocus: () => (editing.current = true),
    onBlur: commit,
    onCompositionStart: () => (composing.current = true),
    onCompositionEnd: () => (composing.current = false),
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      editing.current = true;
      setDraft(e.target.value);
      if (validate) setError(validate(e.target.value));
    },
    onKeyDown: (e: React.KeyboardEvent) => {
      if (composing.current || e.nativeEvent.isComposing || e.keyCode === 229) return;
      if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        commit();
      } else if (e.key === 'Escape') {
        editing.current = false;
        setDraft(value);
        setError(null);
        (e.target as HTMLElement).blur();
      }
    },
  };
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
    </FieldShell>
  );
}
