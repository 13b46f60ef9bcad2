import { readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Lang, ProcessDocument } from '@flowsmith/model';
import { readProcessFile } from './readProcessFile';

/**
 * The documents a subprocess step of `document` (or of those, recursively) may run: the valid
 * `.flow.json` files in FILE's folder, by id. Only read when there is a subprocess step.
 */
export async function processesBeside(
  file: string,
  document: ProcessDocument,
  lang: Lang,
): Promise<Map<string, ProcessDocument>> {
  const found = new Map<string, ProcessDocument>();
  if (!document.steps.some((s) => s.type === 'subprocess')) return found;
  const folder = dirname(resolve(file));
  const entries = await readdir(folder).catch(() => [] as string[]);
  for (const entry of entries.filter((e) => e.toLowerCase().endsWith('.flow.json')).sort()) {
    const r = await readProcessFile(join(folder, entry), { lang });
    if (r.status === 'valid' && !found.has(r.document.id)) found.set(r.document.id, r.document);
  }
  return found;
}
