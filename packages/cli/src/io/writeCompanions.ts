import { basename, dirname, join } from 'node:path';
import { formatMessage, type Lang, type ProcessDocument } from '@flowsmith/model';
import { bpmnCliMessages } from './bpmnCliMessages';
import { writeProcessFile } from './writeProcessFile';

/** Where a companion document is written beside OUT: `<out-stem>.<child-id>.flow.json`. Pure. */
export function companionPath(out: string, childId: string): string {
  const stem = basename(out).replace(/\.flow\.json$|\.json$|\.bpmn$/i, '');
  return join(dirname(out), `${stem}.${childId}.flow.json`);
}

/**
 * Writes each companion document beside `out` (`companionPath`) in its format and returns, for
 * each, the sentence that says where it went. Throws `CliError` (exit 2) when a file cannot be
 * written, like `writeProcessFile`.
 */
export async function writeCompanions(
  out: string,
  companions: readonly ProcessDocument[],
  lang?: Lang,
): Promise<string[]> {
  const said: string[] = [];
  for (const doc of companions) {
    const file = companionPath(out, doc.id);
    await writeProcessFile(file, doc, lang);
    said.push(formatMessage(bpmnCliMessages, 'companion', { id: doc.id, file }, lang));
  }
  return said;
}
