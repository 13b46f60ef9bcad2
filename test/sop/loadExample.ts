import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProcess, type ProcessDocument } from '@flowsmith/model';

/** The example process `examples/<name>.flow.json`, parsed (throws when it is invalid). */
export function loadExample(name: string): ProcessDocument {
  const file = join(import.meta.dirname, '..', '..', 'examples', `${name}.flow.json`);
  const result = parseProcess(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(`${name}: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.document;
}
