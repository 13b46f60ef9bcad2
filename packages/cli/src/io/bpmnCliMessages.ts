import type { MessageTable } from '@flowsmith/model';

/** The parameters of each BPMN message. */
export type BpmnCliParams = {
  companion: { id: string; file: string };
  companionInvalid: { id: string; count: number };
};

/** The CLI's own sentences about BPMN files, in English and Chinese. */
export const bpmnCliMessages: MessageTable<BpmnCliParams> = {
  companion: {
    en: (p) =>
      `the embedded sub-process or pool "${p.id}" is a process of its own; written to ${p.file}`,
    'zh-CN': (p) => `内嵌子流程或池“${p.id}”是单独的流程，已写入 ${p.file}`,
  },
  companionInvalid: {
    en: (p) =>
      `the embedded sub-process or pool "${p.id}" has ${p.count} problem(s) and was not written`,
    'zh-CN': (p) => `内嵌子流程或池“${p.id}”有 ${p.count} 个问题，未写出`,
  },
};
