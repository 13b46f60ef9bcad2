import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { formatMessage, type Lang } from '@flowsmith/model';
import { CliError } from '../CliError';
import { ioMessages } from './ioMessages';

/**
 * Checks, before any long work, that `path` can be written later: its folder exists, is a folder
 * and is writable, and `path` itself is not a folder. Throws `CliError` (exit 2) naming the file
 * and the reason (`ENOENT`, `ENOTDIR`, `EACCES`, `EISDIR`) in `lang`. The write itself can still
 * fail (a full disk), so writers report their own errors too.
 */
export async function checkWritable(path: string, lang: Lang): Promise<void> {
  const fail = (reason: string): never => {
    throw new CliError(
      formatMessage(ioMessages, 'file.notWritable', { file: path, reason }, lang),
      2,
      'file.notWritable',
    );
  };
  const folder = dirname(resolve(path));
  try {
    if (!(await stat(folder)).isDirectory()) fail('ENOTDIR');
    await access(folder, constants.W_OK);
  } catch (error) {
    if (error instanceof CliError) throw error;
    fail((error as NodeJS.ErrnoException).code ?? String(error));
  }
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) fail('EISDIR');
}
