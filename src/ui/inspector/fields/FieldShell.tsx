import type { ReactNode } from 'react';

/** A labelled field with room for an inline error (linked by aria-describedby). */
export function FieldShell({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string | null;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className={`fs-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <div id={`${id}-error`} className="fs-field-error" role="alert">
          {error}
        </div>
      ) : hint ? (
        <div id={`${id}-hint`} className="fs-field-hint">
          {hint}
        </div>
      ) : null}
    </div>
  );
}
