import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProcess, type ProcessDocument } from '@flowsmith/model';

/** An example process `examples/<name>.flow.json`, parsed (tests only; throws when invalid). */
export function loadExample(name: string): ProcessDocument {
  const file = join(import.meta.dirname, '../../../../../examples', `${name}.flow.json`);
  const result = parseProcess(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(`${name}: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.document;
}

/** The purchase-approval as-is and to-be examples (tests only). */
export function purchaseApprovalPair(): { asIs: ProcessDocument; toBe: ProcessDocument } {
  return {
    asIs: loadExample('purchase-approval-as-is'),
    toBe: loadExample('purchase-approval-to-be'),
  };
}
