/** The messages of commands that take many files and folders (`convert`, `analyze`), in en and zh-CN. */
import type { MessageTable } from '@flowsmith/model';

/** Parameters of each message, by code. */
export type BatchMessageParams = {
  'batch.noOutput': Record<string, never>;
  'batch.oneOutput': { count: number };
  'batch.bothOutputs': Record<string, never>;
  'batch.toWithoutDir': Record<string, never>;
  'batch.clash': { first: string; second: string; output: string };
  'batch.noFiles': { folder: string };
  'batch.summary': { failed: number; total: number };
};

/** The batch messages. */
export const batchMessages: MessageTable<BatchMessageParams> = {
  'batch.noOutput': {
    en: () => 'say where to write: -o OUT for one file, or --out-dir DIR for several',
    'zh-CN': () => '请指定写到哪里：单个文件用 -o OUT，多个文件用 --out-dir DIR',
  },
  'batch.oneOutput': {
    en: (p) => `-o names one file, but ${p.count} inputs were given; use --out-dir DIR`,
    'zh-CN': (p) => `-o 只能指定一个文件，但给出了 ${p.count} 个输入；请改用 --out-dir DIR`,
  },
  'batch.bothOutputs': {
    en: () => 'use either -o OUT or --out-dir DIR, not both',
    'zh-CN': () => '-o OUT 与 --out-dir DIR 只能用其中一个',
  },
  'batch.toWithoutDir': {
    en: () => '--to goes with --out-dir; with -o the ending of OUT picks the kind',
    'zh-CN': () => '--to 需与 --out-dir 一起使用；用 -o 时由 OUT 的扩展名决定类型',
  },
  'batch.clash': {
    en: (p) =>
      `${p.first} and ${p.second} would both be written to ${p.output}; convert them in separate calls`,
    'zh-CN': (p) => `${p.first} 与 ${p.second} 会写到同一个文件 ${p.output}；请分开转换`,
  },
  'batch.noFiles': {
    en: (p) => `${p.folder}: the folder holds no process files (.flow.json, .bpmn)`,
    'zh-CN': (p) => `${p.folder}：文件夹中没有流程文件（.flow.json、.bpmn）`,
  },
  'batch.summary': {
    en: (p) => `${p.failed} of ${p.total} ${p.total === 1 ? 'file' : 'files'} failed`,
    'zh-CN': (p) => `${p.total} 个文件中有 ${p.failed} 个失败`,
  },
};
