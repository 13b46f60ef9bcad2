import { extname } from 'node:path';
import { formatMessage, type Lang, type MessageTable } from '@flowsmith/model';
import { CliError } from '../CliError';

/** The document formats a command may write, by the file endings that mean them. */
export const FORMAT_EXTENSIONS = {
  md: ['.md', '.markdown'],
  html: ['.html', '.htm'],
  docx: ['.docx'],
  pdf: ['.pdf'],
} as const satisfies Record<string, readonly string[]>;

/** One of the document formats. */
export type OutputFormat = keyof typeof FORMAT_EXTENSIONS;

const NAMES: Record<OutputFormat, string> = {
  md: 'Markdown',
  html: 'HTML',
  docx: 'DOCX',
  pdf: 'PDF',
};

type Params = {
  'output.mismatch': { file: string; format: string; fileFormat: string; right: string };
  'output.unsupported': { file: string; fileFormat: string; supported: string };
  'output.unknownExtension': { file: string; supported: string };
  'output.unknownFormat': { format: string; supported: string };
};

/** The messages of the output-format rule, in English and zh-CN. */
export const outputFormatMessages: MessageTable<Params> = {
  'output.mismatch': {
    en: (p) =>
      `--format ${p.format} does not match ${p.file}, which names a ${p.fileFormat} file: write to ${p.right}, or leave out --format.`,
    'zh-CN': (p) =>
      `--format ${p.format} 与 ${p.file} 不符（该文件名表示 ${p.fileFormat} 文件）：请输出到 ${p.right}，或去掉 --format。`,
  },
  'output.unsupported': {
    en: (p) =>
      `${p.file} names a ${p.fileFormat} file, which this command does not write; it writes ${p.supported}.`,
    'zh-CN': (p) =>
      `${p.file} 表示 ${p.fileFormat} 文件，本命令不生成该格式；可生成：${p.supported}。`,
  },
  'output.unknownExtension': {
    en: (p) =>
      `${p.file}: the file ending does not say which format to write; use one of ${p.supported}, or pass --format.`,
    'zh-CN': (p) =>
      `${p.file}：无法从文件扩展名判断输出格式；请使用 ${p.supported} 之一，或用 --format 指定。`,
  },
  'output.unknownFormat': {
    en: (p) =>
      `--format ${p.format} is not a format this command writes; it writes ${p.supported}.`,
    'zh-CN': (p) => `--format ${p.format} 不是本命令支持的格式；可生成：${p.supported}。`,
  },
};

/** The format a file name's ending means, or undefined for an ending no format claims. Pure. */
export function formatOfOutput(file: string): OutputFormat | undefined {
  const ext = extname(file).toLowerCase();
  if (!ext) return undefined;
  return (Object.keys(FORMAT_EXTENSIONS) as OutputFormat[]).find((f) =>
    (FORMAT_EXTENSIONS[f] as readonly string[]).includes(ext),
  );
}

/**
 * The format a document command writes (the CLI's output-format rule, docs/cli.md): `-o`'s file
 * ending decides, unless `--format` says otherwise for a file whose ending names no format; the
 * two disagreeing (`--format pdf -o x.docx`, Markdown into `x.pdf`), an ending the command does not
 * write, or an unknown ending without `--format` is refused with exit 2 and one sentence in `lang`.
 * Without `-o`, `--format` or `fallback`. Pure apart from throwing `CliError`.
 */
export function resolveOutputFormat<F extends OutputFormat>(
  options: { format?: string | undefined; output?: string | undefined },
  supported: readonly F[],
  fallback: F,
  lang: Lang,
): F {
  const list = supported.map((f) => `${FORMAT_EXTENSIONS[f][0]} (${NAMES[f]})`).join(', ');
  const refuse = (code: keyof Params, params: Params[keyof Params]): never => {
    throw new CliError(
      formatMessage(outputFormatMessages, code, params as never, lang),
      2,
      'output-format',
    );
  };
  const asked = options.format;
  if (asked !== undefined && !(supported as readonly string[]).includes(asked))
    refuse('output.unknownFormat', { format: asked, supported: list });
  const file = options.output;
  if (file === undefined || file === '-') return (asked as F | undefined) ?? fallback;
  const byName = formatOfOutput(file);
  if (byName === undefined) {
    if (asked !== undefined) return asked as F;
    return refuse('output.unknownExtension', { file, supported: list });
  }
  if (!(supported as readonly string[]).includes(byName))
    return refuse('output.unsupported', { file, fileFormat: NAMES[byName], supported: list });
  if (asked !== undefined && asked !== byName) {
    const right = `${file.slice(0, file.length - extname(file).length)}${FORMAT_EXTENSIONS[asked as F][0]}`;
    return refuse('output.mismatch', {
      file,
      format: asked,
      fileFormat: NAMES[byName],
      right,
    });
  }
  return byName as F;
}
