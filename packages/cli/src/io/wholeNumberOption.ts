import { formatMessage, type Lang } from '@flowsmith/model';
import { CliError } from '../CliError';
import { ioMessages } from './ioMessages';

/**
 * The whole number an option's text names (`--workers 4`), from `min` to `max`; anything else —
 * `abc`, `1.5`, `1e3`, `-1`, an empty value, beyond `max` — is a wrong call: `CliError` exit 2 with
 * a sentence naming the option and the value, in `lang`. Pure apart from the throw.
 */
export function wholeNumberOption(
  value: string,
  option: string,
  lang: Lang,
  min = 1,
  max = 1_000_000,
): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new CliError(
      formatMessage(ioMessages, 'option.wholeNumber', { option, value, min, max }, lang),
      2,
    );
  return n;
}
