import type { MessageTable } from '@flowsmith/model';

const en = (name: string) => `“${name}”`;
const zh = (name: string) => `「${name}」`;

/** Parameters of the messages about inclusive (or) gateways, by code. */
export type GatewayMessageParams = {
  'or-join': { join: string };
  'probabilities.or': { step: string; flows: string };
};

/** The messages about inclusive (or) gateways, in English and zh-CN; part of the analysis message table. */
export const gatewayMessages: MessageTable<GatewayMessageParams> = {
  'or-join': {
    en: (p) =>
      `The inclusive join ${en(p.join)} closes no inclusive split, so it cannot know which branches to wait for. Start its branches with an inclusive (or) split, or use an exclusive or parallel join.`,
    'zh-CN': (p) =>
      `包容汇聚${zh(p.join)}没有与之配对的包容分支，无法知道要等待哪些分支。请用包容（或）分支开始这些分支，或改用排他或并行汇聚。`,
  },
  'probabilities.or': {
    en: (p) =>
      `Each branch after the inclusive split ${en(p.step)} is taken on its own with its probability, which must be above 0 and at most 100%: ${p.flows} is not. Figures take such a branch as always taken.`,
    'zh-CN': (p) =>
      `包容分支${zh(p.step)}之后的每个分支按各自的概率独立选择，概率须大于 0 且不超过 100%：${p.flows} 不符合。计算时按“总是选择”处理。`,
  },
};
