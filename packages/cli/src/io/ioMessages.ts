/**
 * The messages of reading and writing process files and of `validate` and `convert`, in English
 * and zh-CN.
 */
import type { MessageTable } from '@flowsmith/model';

/** Parameters of each message, by code. */
export type IoMessageParams = {
  'file.unreadable': { file: string; reason: string };
  'file.syntax': { file: string; detail: string };
  'file.invalid': { file: string; count: number };
  'file.unknownKind': { file: string; known: string };
  'file.notWritable': { file: string; reason: string };
  'file.valid': { file: string };
  'convert.sameFile': { file: string };
  'convert.written': { from: string; to: string };
  'lang.invalid': { value: string };
  'option.wholeNumber': { option: string; value: string; min: number; max: number };
  'validate.summary': { invalid: number; unreadable: number; total: number };
};

/** The I/O and validate/convert messages. */
export const ioMessages: MessageTable<IoMessageParams> = {
  'file.unreadable': {
    en: (p) => `${p.file}: cannot read the file (${p.reason})`,
    'zh-CN': (p) => `${p.file}：无法读取文件（${p.reason}）`,
  },
  'file.syntax': {
    en: (p) => `${p.file}: ${p.detail}`,
    'zh-CN': (p) => `${p.file}：${p.detail}`,
  },
  'file.invalid': {
    en: (p) =>
      `${p.file}: invalid process document (${p.count} ${p.count === 1 ? 'problem' : 'problems'})`,
    'zh-CN': (p) => `${p.file}：流程文档无效（${p.count} 个问题）`,
  },
  'file.unknownKind': {
    en: (p) => `${p.file}: unknown file kind; Flowsmith reads and writes ${p.known}`,
    'zh-CN': (p) => `${p.file}：无法识别的文件类型；Flowsmith 可读写 ${p.known}`,
  },
  'file.notWritable': {
    en: (p) => `${p.file}: cannot write the file (${p.reason})`,
    'zh-CN': (p) => `${p.file}：无法写入文件（${p.reason}）`,
  },
  'file.valid': {
    en: (p) => `✓ ${p.file}: valid`,
    'zh-CN': (p) => `✓ ${p.file}：有效`,
  },
  'convert.sameFile': {
    en: (p) =>
      `${p.file}: the output is the input file; pass --in-place to rewrite it, or choose another -o`,
    'zh-CN': (p) => `${p.file}：输出文件就是输入文件；如确要改写请加 --in-place，否则请换一个 -o`,
  },
  'convert.written': {
    en: (p) => `${p.from} → ${p.to}`,
    'zh-CN': (p) => `${p.from} → ${p.to}`,
  },
  'lang.invalid': {
    en: (p) => `--lang must be "en" or "zh-CN", not "${p.value}"`,
    'zh-CN': (p) => `--lang 只能是 "en" 或 "zh-CN"，而不是 "${p.value}"`,
  },
  'option.wholeNumber': {
    en: (p) =>
      `${p.option} must be a whole number from ${p.min} to ${p.max.toLocaleString('en')}, not "${p.value}"`,
    'zh-CN': (p) => `${p.option} 必须是 ${p.min} 到 ${p.max} 之间的整数，而不是 "${p.value}"`,
  },
  'validate.summary': {
    en: (p) =>
      [
        p.invalid > 0
          ? `${p.invalid} of ${p.total} ${p.total === 1 ? 'file is' : 'files are'} invalid`
          : '',
        p.unreadable > 0 ? `${p.unreadable} of ${p.total} could not be read` : '',
      ]
        .filter(Boolean)
        .join('; '),
    'zh-CN': (p) =>
      [
        p.invalid > 0 ? `${p.total} 个文件中有 ${p.invalid} 个无效` : '',
        p.unreadable > 0 ? `${p.total} 个文件中有 ${p.unreadable} 个无法读取` : '',
      ]
        .filter(Boolean)
        .join('；'),
  },
};
