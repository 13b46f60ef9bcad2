import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { formatMessage, type Lang } from '@flowsmith/model';
import { CliError } from '../CliError';
import { batchMessages } from './batchMessages';
import { processFormats } from './processFormats';

/** One input of a batch: the path to read, and where it sits below the folder it was found in. */
export interface InputFile {
  file: string;
  /** The path below the folder given (the file name for a file given by name). */
  relative: string;
}

/**
 * The files `paths` name: a file as given (a missing one too, so its reader can say so), a folder
 * as every process file below it (`.flow.json` and the BPMN endings; not bare `.json`, which may
 * be a scenario), sorted, skipping hidden folders and `node_modules`. Throws `CliError` (exit 2)
 * for a folder that holds none.
 */
export async function inputFiles(paths: readonly string[], lang: Lang): Promise<InputFile[]> {
  const found: InputFile[] = [];
  for (const path of paths) {
    const isFolder = await stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isFolder) {
      found.push({ file: path, relative: basename(path) });
      continue;
    }
    const inside = (await walk(path)).filter(isProcessFileName);
    if (inside.length === 0)
      throw new CliError(formatMessage(batchMessages, 'batch.noFiles', { folder: path }, lang), 2);
    for (const file of inside) found.push({ file, relative: relative(path, file) });
  }
  return found;
}

/** Whether a file found in a folder is a process file by its ending. Pure. */
export function isProcessFileName(path: string): boolean {
  const lower = path.toLowerCase();
  return processFormats.some((f) =>
    f.extensions.some((ext) => ext !== '.json' && lower.endsWith(ext)),
  );
}

/**
 * Where a batch writes what it made of `input` in `outDir`: the same place below it as the input
 * below its folder, the input's ending (`.flow.json`, `.bpmn`, …) replaced by `ending`. Pure.
 */
export function outputPathIn(outDir: string, input: InputFile, ending: string): string {
  const lower = input.relative.toLowerCase();
  const known = processFormats
    .flatMap((f) => f.extensions)
    .filter((ext) => lower.endsWith(ext))
    .sort((a, b) => b.length - a.length)[0];
  const stem = known ? input.relative.slice(0, -known.length) : input.relative;
  return join(outDir, dirname(stem), `${basename(stem)}${ending}`);
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
