/**
 * Every user-facing message of @flowsmith/compiler, in English and zh-CN: why a process cannot
 * be compiled (one code per reason, SPEC.md CM-ERR) and the words run mode shows.
 */
import type { MessageTable } from '@flowsmith/model';

/** Parameters of each compile problem, by code. */
export type CompileMessageParams = {
  'no-start': { processId: string };
  'unknown-start': { stepId: string };
  'dead-end': { stepId: string };
  'unmatched-join': { stepId: string };
  'inclusive-join-without-split': { stepId: string };
  'not-block-structured': { splitId: string; stepId: string };
  'join-mismatch': { splitId: string; joinId: string; branches: number; incoming: number };
  'branch-ends-early': { splitId: string; stepId: string };
  'branch-never-joins': { splitId: string; joinId: string };
  'bad-condition': { flowId: string; condition: string; error: string };
  'subprocess-unresolved': { stepId: string; processId: string };
  'subprocess-cycle': { stepId: string; processId: string };
};

/** A compile problem's code. */
export type CompileCode = keyof CompileMessageParams;

/** Why a process cannot be compiled, with what to do about it. */
export const compileMessages: MessageTable<CompileMessageParams> = {
  'no-start': {
    en: (p) =>
      `process '${p.processId}' has no start step; add one so a case has somewhere to begin`,
    'zh-CN': (p) => `流程“${p.processId}”没有开始步骤；请添加一个，让案例有起点`,
  },
  'unknown-start': {
    en: (p) => `'${p.stepId}' is not a start step of this process; name one of its start steps`,
    'zh-CN': (p) => `“${p.stepId}”不是本流程的开始步骤；请指定一个开始步骤`,
  },
  'dead-end': {
    en: (p) =>
      `step '${p.stepId}' has no outgoing flow, so a case would stop there; connect it or add an end step`,
    'zh-CN': (p) => `步骤“${p.stepId}”没有流出的连线，案例会停在那里；请连接它或加上结束步骤`,
  },
  'unmatched-join': {
    en: (p) =>
      `and-join '${p.stepId}' is reached without its parallel split; it would wait for ever — ` +
      'make it an xor merge or join branches of one and-split',
    'zh-CN': (p) =>
      `并行汇合“${p.stepId}”不是由对应的并行拆分到达的，会一直等待；请改为排他合并，或只汇合同一个并行拆分的分支`,
  },
  'inclusive-join-without-split': {
    en: (p) =>
      `inclusive join '${p.stepId}' is reached without its inclusive split (no or-split's branches ` +
      'all close there); it could not know which branches to wait for — close the branches of one ' +
      'or-split there, or make it an xor merge',
    'zh-CN': (p) =>
      `包容汇合“${p.stepId}”没有对应的包容拆分（没有哪个包容拆分的分支都在这里汇合），无法知道该等待哪些分支；请让同一个包容拆分的分支在此汇合，或改为排他合并`,
  },
  'not-block-structured': {
    en: (p) =>
      `the parallel branches of '${p.splitId}' are not block-structured: step '${p.stepId}' is ` +
      'reached from more than one branch (or from outside them); give each branch its own steps ' +
      'and join them at one and-gateway',
    'zh-CN': (p) =>
      `“${p.splitId}”的并行分支不是块结构：步骤“${p.stepId}”可从多个分支（或分支之外）到达；请让每个分支有自己的步骤，并在一个并行网关汇合`,
  },
  'join-mismatch': {
    en: (p) =>
      `and-split '${p.splitId}' has ${p.branches} branches but its join '${p.joinId}' ` +
      `waits for ${p.incoming}; each branch must arrive at the join exactly once`,
    'zh-CN': (p) =>
      `并行拆分“${p.splitId}”有 ${p.branches} 个分支，但汇合“${p.joinId}”等待 ${p.incoming} 个；每个分支必须恰好到达汇合一次`,
  },
  'branch-ends-early': {
    en: (p) =>
      `a branch of '${p.splitId}' finishes at '${p.stepId}' while its join waits for it; ` +
      'lead the branch to the join or remove the join',
    'zh-CN': (p) =>
      `“${p.splitId}”的一个分支在“${p.stepId}”结束，而汇合还在等它；请把分支连到汇合，或去掉汇合`,
  },
  'branch-never-joins': {
    en: (p) =>
      `a branch of '${p.splitId}' can never reach its join '${p.joinId}'; connect it to the join`,
    'zh-CN': (p) => `“${p.splitId}”的一个分支永远到不了汇合“${p.joinId}”；请把它连到汇合`,
  },
  'bad-condition': {
    en: (p) => `flow '${p.flowId}': condition "${p.condition}" does not parse: ${p.error}`,
    'zh-CN': (p) => `连线“${p.flowId}”：条件“${p.condition}”无法解析：${p.error}`,
  },
  'subprocess-unresolved': {
    en: (p) =>
      `subprocess step '${p.stepId}' runs process '${p.processId}', which was not given; ` +
      'pass resolveProcess (CLI: put its .flow.json beside this file)',
    'zh-CN': (p) =>
      `子流程步骤“${p.stepId}”运行流程“${p.processId}”，但没有提供它；请传入 resolveProcess（命令行：把它的 .flow.json 放在同一文件夹）`,
  },
  'subprocess-cycle': {
    en: (p) =>
      `subprocess step '${p.stepId}' runs process '${p.processId}', which (through its own ` +
      'subprocesses) runs this one again; a case would never finish',
    'zh-CN': (p) =>
      `子流程步骤“${p.stepId}”运行的流程“${p.processId}”又（经由它的子流程）运行本流程；案例永远无法结束`,
  },
};
