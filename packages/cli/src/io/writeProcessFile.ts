import { formatMessage, type Lang, type ProcessDocument } from '@flowsmith/model';
import { CliError } from '../CliError';
import { ioMessages } from './ioMessages';
import { formatOfPath, knownExtensions } from './processFormats';
import { writeFileAtomically } from './writeFileAtomically';

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
      'file.unknownKind',
    );
  }
  await writeFileAtomically(path, await format.write(document), lang);
}
