import { useEffect, useRef, useState } from 'react';

/** Moves focus to the text cell at (row, col) of the table, if there is one. */
function focusCell(from: HTMLElement, row: number, col: number) {
  const target = from
    .closest('table')
    ?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`);
  target?.focus();
  target?.select();
}

/**
 * A spreadsheet cell: a text input that commits on Enter (then moves down) or blur; arrow keys
 * leave the cell when the caret is at its edge. An input-method composition is never cut short.
 * A refused value stays, marked, with the reason as its tooltip and accessible description.
 */
export function Cell({
  label,
  row,
  col,
  value,
  onCommit,
}: {
  label: string;
  row: number;
  col: number;
  value: string;
  onCommit: (v: string) => string | null;
}) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) {
      setDraft(value);
      setError(null);
    }
  }, [value]);
  const commit = () => {
    editing.current = false;
    if (draft === value) return setError(null);
    const problem = onCommit(draft);
    setError(problem);
    if (problem) editing.current = true;
  };
  return (
    <td className={error ? 'has-error' : undefined}>
      <input
        type="text"
        value={draft}
        aria-label={`${label} ${row + 1}`}
        aria-invalid={error ? true : undefined}
        title={error ?? undefined}
        data-row={row}
        data-col={col}
        onChange={(e) => {
          editing.current = true;
          setDraft(e.target.value);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing || e.keyCode === 229) return;
          const input = e.currentTarget;
          const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
          const atEnd = input.selectionStart === input.value.length;
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
            focusCell(input, row + 1, col);
          } else if (e.key === 'Escape') {
            editing.current = false;
            setDraft(value);
            setError(null);
          } else if (e.key === 'ArrowDown') focusCell(input, row + 1, col);
          else if (e.key === 'ArrowUp') focusCell(input, row - 1, col);
          else if (e.key === 'ArrowRight' && atEnd) focusCell(input, row, col + 1);
          else if (e.key === 'ArrowLeft' && atStart) focusCell(input, row, col - 1);
          else return;
        }}
      />
      {error && (
        <span className="fs-cell-error" role="alert">
          {error}
        </span>
      )}
    </td>
  );
}
