import { rename, writeFile, rm } from 'node:fs/promises';
import { formatMessage, type Lang, type ProcessDocument } from '@flowsmith/model';
import { CliError } from '../CliError';
import { ioMessages } from './ioMessages';
import { formatOfPath, knownExtensions } from './processFormats';

/**
 * Writes `document` to `path` in the format its ending names. The text goes to a temporary file
 * first and is renamed over the target, so a failed write never leaves half a file. Throws
 * `CliError` (exit 2) for an unknown ending or a file that cannot be written.
 */
export async function writeProcessFile(
  path: string,
  document: ProcessDocument,
  lang: Lang = 'en',
): Promise<void> {
  const format = formatOfPath(path);
  if (!format) {
    throw new CliError(
      formatMessage(ioMessages, 'file.unknownKind', { file: path, known: knownExtensions() }, lang),
      2,
    );
  }
  const text = await format.write(document);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError(
      formatMessage(ioMessages, 'file.notWritable', { file: path, reason }, lang),
      2,
    );
  }
}
