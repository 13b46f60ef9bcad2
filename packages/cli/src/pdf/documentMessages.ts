/** The messages of `flowsmith sop` and `flowsmith jobs`, in English and zh-CN. */
import type { MessageTable } from '@flowsmith/model';

/** Parameters of each message, by code. */
export type DocumentMessageParams = {
  'document.written': { file: string; format: string };
  'document.strict': { file: string; count: number; findings: string };
  'document.warnings': { file: string; count: number };
  'document.outputRequired': { format: string };
  'document.noRole': { file: string; role: string; known: string };
  'document.chromium': { reason: string };
  'document.interrupted': { format: string };
  'document.pngFallback': { reason: string };
};

/** The sop/jobs messages. */
export const documentMessages: MessageTable<DocumentMessageParams> = {
  'document.written': {
    en: (p) => `${p.file}: written (${p.format})`,
    'zh-CN': (p) => `${p.file}：已生成（${p.format}）`,
  },
  'document.strict': {
    en: (p) =>
      `${p.file}: the process has ${p.count} structural ${p.count === 1 ? 'error' : 'errors'}; fix ${p.count === 1 ? 'it' : 'them'} or leave out --strict\n${p.findings}`,
    'zh-CN': (p) =>
      `${p.file}：流程有 ${p.count} 个结构性错误；请先修正，或去掉 --strict\n${p.findings}`,
  },
  'document.warnings': {
    en: (p) =>
      `warning: ${p.file} has ${p.count} structural ${p.count === 1 ? 'error' : 'errors'}; the document lists ${p.count === 1 ? 'it' : 'them'} in a warning section`,
    'zh-CN': (p) => `警告：${p.file} 有 ${p.count} 个结构性错误；文档中的警告一节列出了它们`,
  },
  'document.outputRequired': {
    en: (p) => `--format ${p.format} writes a binary file: pass -o FILE`,
    'zh-CN': (p) => `--format ${p.format} 生成二进制文件：请用 -o 指定输出文件`,
  },
  'document.noRole': {
    en: (p) => `${p.file}: no role with id "${p.role}"; the roles are ${p.known}`,
    'zh-CN': (p) => `${p.file}：没有 id 为 "${p.role}" 的岗位；现有岗位：${p.known}`,
  },
  'document.interrupted': {
    en: (p) =>
      `interrupted (Ctrl-C) while writing the ${p.format.toUpperCase()}; nothing was written`,
    'zh-CN': (p) => `生成 ${p.format.toUpperCase()} 时被中断（Ctrl-C）；未写出任何文件`,
  },
  'document.chromium': {
    en: (p) =>
      `cannot start Chromium to print the PDF (${p.reason}); install it (apt-get install chromium) or set FLOWSMITH_CHROMIUM to its path`,
    'zh-CN': (p) =>
      `无法启动 Chromium 打印 PDF（${p.reason}）；请安装（apt-get install chromium）或用 FLOWSMITH_CHROMIUM 指定其路径`,
  },
  'document.pngFallback': {
    en: (p) =>
      `warning: cannot start Chromium to draw the flowchart as PNG (${p.reason}); the DOCX carries it as SVG only, which Word 2016+ shows and older readers do not`,
    'zh-CN': (p) =>
      `警告：无法启动 Chromium 将流程图转为 PNG（${p.reason}）；DOCX 中流程图只有 SVG 版本，Word 2016 及以上可显示，旧版阅读器不能`,
  },
};
