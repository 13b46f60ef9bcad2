import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { formatMessage, type Lang } from '@flowsmith/model';
import { CliError } from '../CliError';
import { ioMessages } from './ioMessages';

/** Create a new file only: fail if the name exists, and never through a symbolic link. */
const EXCLUSIVE =
  constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * A name for a temporary file beside `path` that nobody can guess: `.<name>.<16 random hex>.tmp`
 * in the same folder (so the rename stays on one file system). Not pure: reads the random source.
 */
export function temporaryNameBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
}

/**
 * Writes `data` (text as UTF-8) to `path` through a temporary file beside it that is then renamed
 * over the target, so a failed write never leaves half a file and the temporary file is removed.
 * The temporary file has an unpredictable name and is created exclusively without following links
 * (mode 0666 less the umask, as any new file), so a file or link planted in the folder can never
 * be written through. Throws `CliError` (exit 2) saying which file could not be written and why,
 * in `lang`.
 */
export async function writeFileAtomically(
  path: string,
  data: string | Uint8Array,
  lang: Lang,
): Promise<void> {
  const temporary = temporaryNameBeside(path);
  let created = false;
  try {
    const handle = await open(temporary, EXCLUSIVE, 0o666);
    created = true;
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    // Only remove what this call created: an existing name is someone else's file or link.
    if (created) await rm(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError(
      formatMessage(ioMessages, 'file.notWritable', { file: path, reason }, lang),
      2,
      'file.notWritable',
    );
  }
}
