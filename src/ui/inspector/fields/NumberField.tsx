import { useTranslation } from 'react-i18next';
import { TextField } from './TextField';

/** Reads a number typed by a person: `1,5` and full-width digits accepted; '' is undefined. Pure. */
export function readNumber(text: string): number | undefined | null {
  const t = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace('，', '.')
    .replace(',', '.')
    .replace('．', '.');
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** A number input: empty clears the field, anything not a number is explained, not dropped. */
export function NumberField({
  label,
  value,
  onCommit,
  min,
  max,
  integer,
  testId,
}: {
  label: string;
  value: number | undefined;
  onCommit: (value: number | undefined) => string | null;
  min?: number;
  max?: number;
  integer?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const check = (text: string): string | null => {
    const n = readNumber(text);
    if (n === null) return t('field.notNumber');
    if (n === undefined) return null;
    if (integer && !Number.isInteger(n)) return t('field.notInteger');
    if (min !== undefined && n < min) return t('field.min', { min });
    if (max !== undefined && n > max) return t('field.max', { max });
    return null;
  };
  return (
    <TextField
      label={label}
      value={value === undefined ? '' : String(value)}
      validate={check}
      testId={testId}
      onCommit={(text) => onCommit(readNumber(text) ?? undefined)}
    />
  );
}
