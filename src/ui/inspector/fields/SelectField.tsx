import { useId } from 'react';
import { FieldShell } from './FieldShell';

/** A drop-down; `''` is the "none" choice when `noneLabel` is given. */
export function SelectField({
  label,
  value,
  options,
  onChange,
  noneLabel,
  error,
  testId,
}: {
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string) => void;
  noneLabel?: string;
  error?: string | null;
  testId?: string;
}) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} error={error}>
      <select id={id} value={value} data-testid={testId} onChange={(e) => onChange(e.target.value)}>
        {noneLabel !== undefined && <option value="">{noneLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
