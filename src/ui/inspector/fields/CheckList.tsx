import { useId } from 'react';

/** A set of checkboxes choosing ids from a list (RACI consulted, inputs, outputs, risk steps). */
export function CheckList({
  label,
  options,
  value,
  onChange,
  empty,
}: {
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: readonly string[];
  onChange: (value: string[]) => void;
  empty: string;
}) {
  const id = useId();
  const chosen = new Set(value);
  const unknown = value.filter((v) => !options.some((o) => o.value === v));
  return (
    <fieldset className="fs-field fs-checklist" aria-labelledby={id}>
      <legend id={id}>{label}</legend>
      {options.length === 0 && unknown.length === 0 && <div className="fs-muted">{empty}</div>}
      {[...options, ...unknown.map((u) => ({ value: u, label: `${u} ⚠` }))].map((o) => (
        <label key={o.value} className="fs-check">
          <input
            type="checkbox"
            checked={chosen.has(o.value)}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))
            }
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
