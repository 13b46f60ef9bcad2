import { rename, rm, writeFile } from 'node:fs/promises';
import { formatMessage, type Lang } from '@flowsmith/model';
import { CliError } from '../CliError';
import { ioMessages } from './ioMessages';

/**
 * Writes `data` (text as UTF-8) to `path` through a temporary file beside it that is then renamed
 * over the target, so a failed write never leaves half a file and the temporary file is removed.
 * Throws `CliError` (exit 2) saying which file could not be written and why, in `lang`.
 */
export async function writeFileAtomically(
  path: string,
  data: string | Uint8Array,
  lang: Lang,
): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, data);
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
