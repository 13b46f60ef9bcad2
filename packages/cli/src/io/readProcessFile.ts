import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatMessage, type Lang, type ProcessDocument, type Problem } from '@flowsmith/model';
import { CliError } from '../CliError';
import { ioMessages } from './ioMessages';
import { formatOfPath, knownExtensions } from './processFormats';

/** Options of reading a process file. */
export interface ReadProcessOptions {
  lang?: Lang;
  /** Says whether a subprocess's process id exists (see `ProcessIdFinder`). */
  resolveProcess?: (id: string) => boolean;
  /** `loadProcessFile`'s exit code for text that is not of its kind (not JSON, not BPMN); default 2. */
  unreadableExit?: 1 | 2;
}

/** What reading one file gave. `unreadable`: missing, unknown kind, or not JSON (exit 2). */
export type ProcessFileResult =
  | {
      status: 'valid';
      document: ProcessDocument;
      warnings: Problem[];
      companions: ProcessDocument[];
    }
  | { status: 'invalid'; problems: Problem[] }
  | {
      status: 'unreadable';
      /** `file`: missing, unreadable or of an unknown kind; `content`: not JSON / not BPMN. */
      cause: 'file' | 'content';
      message: string;
      problems: Problem[];
    };

/**
 * Reads and parses the process file at `path` through the format its ending names, never
 * throwing: the outcome says whether the document is valid, invalid (with every problem), or
 * could not be read at all (with a sentence that names the file and says why).
 */
export async function readProcessFile(
  path: string,
  options: ReadProcessOptions = {},
): Promise<ProcessFileResult> {
  const lang = options.lang ?? 'en';
  const format = formatOfPath(path);
  if (!format) {
    const message = formatMessage(
      ioMessages,
      'file.unknownKind',
      { file: path, known: knownExtensions() },
      lang,
    );
    return unreadable(message, 'file.unknownKind');
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    const params = { file: path, reason: describe(reason, lang) };
    return unreadable(
      formatMessage(ioMessages, 'file.unreadable', params, lang),
      'file.unreadable',
    );
  }
  const fileName = stripEnding(basename(path), format.extensions);
  const result = await format.read(text, {
    lang,
    resolveProcess: options.resolveProcess,
    fileName,
  });
  if (result.ok) {
    const { document, warnings, companions = [] } = result;
    return { status: 'valid', document, warnings, companions };
  }
  if (result.unreadable) {
    const detail = result.problems.map((p) => p.message).join('; ');
    const message = formatMessage(ioMessages, 'file.syntax', { file: path, detail }, lang);
    return { status: 'unreadable', cause: 'content', message, problems: result.problems };
  }
  return { status: 'invalid', problems: result.problems };
}

/**
 * Reads a valid process document or throws a `CliError`: exit 2 when the file cannot be read or
 * is not JSON, exit 1 when the document is invalid (the message lists every problem, one per line
 * as `FILE: PATH: message`). Shared by every command that takes a process file.
 */
export async function loadProcessFile(
  path: string,
  options: ReadProcessOptions = {},
): Promise<{ document: ProcessDocument; warnings: Problem[]; companions: ProcessDocument[] }> {
  const result = await readProcessFile(path, options);
  if (result.status === 'valid') return result;
  if (result.status === 'unreadable') {
    throw new CliError(
      result.message,
      result.cause === 'content' ? (options.unreadableExit ?? 2) : 2,
      result.cause === 'content' ? 'file.syntax' : (result.problems[0]?.code ?? 'file.unreadable'),
    );
  }
  const lang = options.lang ?? 'en';
  const head = formatMessage(
    ioMessages,
    'file.invalid',
    { file: path, count: result.problems.length },
    lang,
  );
  throw new CliError(
    [head, ...result.problems.map((p) => problemLine(path, p))].join('\n'),
    1,
    'file.invalid',
  );
}

/** One problem as a line: `FILE: PATH: message` (`FILE: message` for the root). Pure. */
export function problemLine(file: string, problem: Problem): string {
  return problem.path
    ? `${file}: ${problem.path}: ${problem.message}`
    : `${file}: ${problem.message}`;
}

function unreadable(message: string, code: string): ProcessFileResult {
  return { status: 'unreadable', cause: 'file', message, problems: [{ path: '', code, message }] };
}

const REASONS: Record<string, Record<Lang, string>> = {
  ENOENT: { en: 'no such file', 'zh-CN': '文件不存在' },
  EACCES: { en: 'permission denied', 'zh-CN': '没有权限' },
  EISDIR: { en: 'it is a folder', 'zh-CN': '这是一个文件夹' },
};

function describe(code: string, lang: Lang): string {
  return REASONS[code]?.[lang] ?? code;
}

/** A file name without the first of `endings` it ends with (case-insensitive). Pure. */
export function stripEnding(name: string, endings: readonly string[]): string {
  const lower = name.toLowerCase();
  const ending = endings.find((e) => lower.endsWith(e));
  return ending ? name.slice(0, name.length - ending.length) : name;
}
