import type { ProcessDocument } from '@flowsmith/model';

const SYMBOLS: Record<string, string> = {
  CNY: '¥',
  JPY: '¥',
  USD: '$',
  EUR: '€',
  GBP: '£',
  HKD: 'HK$',
};

/**
 * The currency a document's costs are in: its `currency` (ISO 4217), else CNY for a Chinese
 * (`zh…`) document, else none (amounts are shown as plain numbers). Pure.
 */
export function currencyOf(
  doc: Pick<ProcessDocument, 'currency' | 'language'>,
): string | undefined {
  if (doc.currency) return doc.currency;
  return doc.language?.toLowerCase().startsWith('zh') ? 'CNY' : undefined;
}

/**
 * An amount with its currency, to two decimals: `¥712.04`, `€3.50`, `12.00 CHF`, or `712.04`
 * without a currency. With `signed`, a sign in front (`+¥3.20`, `−¥72.22`) and `±¥0` for what
 * rounds to zero (never `−0`). Unbounded is `∞`. Pure.
 */
export function formatMoney(amount: number, currency?: string, signed = false): string {
  if (Number.isNaN(amount)) return '—';
  const rounded = Math.round(amount * 100) / 100;
  const sign = !signed ? (rounded < 0 ? '−' : '') : rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  const abs = Math.abs(rounded);
  const digits = !Number.isFinite(abs) ? '∞' : signed && abs === 0 ? '0' : abs.toFixed(2);
  if (!currency) return `${sign}${digits}`;
  const symbol = SYMBOLS[currency];
  return symbol ? `${sign}${symbol}${digits}` : `${sign}${digits} ${currency}`;
}
