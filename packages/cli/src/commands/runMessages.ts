import { formatMessage, type Lang, type MessageTable } from '@flowsmith/model';

/** The parameters of each message of `flowsmith run`. */
export type RunParams = {
  'run.noTerminal': Record<string, never>;
  'run.unreadable': { file: string; reason: string };
  'run.notObject': { file: string };
  'run.notList': { file: string };
  'run.badEvent': { index: number; event: string };
  'run.impossible': { index: number; event: string };
  'run.possible': { list: string };
  'run.nothingPossible': { status: string };
  'run.complete': { stepId: string; name: string; role: string };
  'run.choose': { stepId: string; name: string; flowId: string; to: string };
  'run.waited': { name: string; duration: string };
  'run.completeTask': { name: string; role: string };
  'run.chooseFlow': { name: string; to: string };
  'run.trail': Record<string, never>;
  'run.done': Record<string, never>;
  'run.waiting': Record<string, never>;
  'run.ask': { max: number };
  'run.askAgain': { max: number };
  'run.stopped': Record<string, never>;
  'run.several': { name: string; example: string };
  'run.notTogether': Record<string, never>;
};

/** The messages of `flowsmith run`, in English and zh-CN. */
export const runMessages: MessageTable<RunParams> = {
  'run.noTerminal': {
    en: () => 'no terminal to ask on: pass --events FILE (a JSON list of events) to replay a case',
    'zh-CN': () => '没有可交互的终端：请用 --events FILE（事件的 JSON 列表）回放一个案例',
  },
  'run.unreadable': {
    en: (p) => `${p.file}: cannot read it as JSON (${p.reason})`,
    'zh-CN': (p) => `${p.file}：无法作为 JSON 读取（${p.reason}）`,
  },
  'run.notObject': {
    en: (p) => `${p.file}: the case data must be a JSON object such as {"amount": 1200}`,
    'zh-CN': (p) => `${p.file}：案例数据必须是 JSON 对象，例如 {"amount": 1200}`,
  },
  'run.notList': {
    en: (p) =>
      `${p.file}: the events must be a JSON list such as [{"type": "COMPLETE", "stepId": "fill"}]`,
    'zh-CN': (p) =>
      `${p.file}：事件必须是 JSON 列表，例如 [{"type": "COMPLETE", "stepId": "fill"}]`,
  },
  'run.badEvent': {
    en: (p) =>
      `event #${p.index} ${p.event} is not an event: use {"type": "COMPLETE", "stepId"}, {"type": "CHOOSE", "stepId", "flowId"} (or "flowIds": [...] at an inclusive split) or {"type": "SET_DATA", "data"}`,
    'zh-CN': (p) =>
      `第 ${p.index} 个事件 ${p.event} 不是有效事件：请用 {"type": "COMPLETE", "stepId"}、{"type": "CHOOSE", "stepId", "flowId"}（包容性网关用 "flowIds": [...]）或 {"type": "SET_DATA", "data"}`,
  },
  'run.impossible': {
    en: (p) => `event #${p.index} ${p.event} cannot happen now`,
    'zh-CN': (p) => `第 ${p.index} 个事件 ${p.event} 现在不能发生`,
  },
  'run.possible': {
    en: (p) => `possible now:\n${p.list}`,
    'zh-CN': (p) => `现在可以：\n${p.list}`,
  },
  'run.nothingPossible': {
    en: (p) => `nothing is possible now (the case is ${p.status})`,
    'zh-CN': (p) => `现在什么都不能做（案例状态：${p.status}）`,
  },
  'run.complete': {
    en: (p) => `complete "${p.name}" (${p.stepId}) — ${p.role}`,
    'zh-CN': (p) => `完成“${p.name}”（${p.stepId}）— ${p.role}`,
  },
  'run.choose': {
    en: (p) => `at "${p.name}" (${p.stepId}) take "${p.to}" (${p.flowId})`,
    'zh-CN': (p) => `在“${p.name}”（${p.stepId}）选择“${p.to}”（${p.flowId}）`,
  },
  'run.waited': {
    en: (p) => `… waited ${p.duration} at "${p.name}"`,
    'zh-CN': (p) => `… 在“${p.name}”等待了 ${p.duration}`,
  },
  'run.completeTask': {
    en: (p) => `complete "${p.name}" — ${p.role}`,
    'zh-CN': (p) => `完成“${p.name}”（${p.role}）`,
  },
  'run.chooseFlow': {
    en: (p) => `at "${p.name}" take "${p.to}"`,
    'zh-CN': (p) => `在“${p.name}”选择“${p.to}”`,
  },
  'run.trail': { en: () => 'Audit trail:', 'zh-CN': () => '审计记录：' },
  'run.done': { en: () => 'The case is finished.', 'zh-CN': () => '案例已完成。' },
  'run.waiting': { en: () => 'The case is not finished.', 'zh-CN': () => '案例尚未完成。' },
  'run.ask': {
    en: (p) => `Which one? (1-${p.max}, q to stop) `,
    'zh-CN': (p) => `选哪一项？（1-${p.max}，q 退出）`,
  },
  'run.askAgain': {
    en: (p) => `Please answer with a number from 1 to ${p.max}, or q.`,
    'zh-CN': (p) => `请输入 1 到 ${p.max} 之间的数字，或 q。`,
  },
  'run.stopped': { en: () => 'Stopped.', 'zh-CN': () => '已停止。' },
  'run.several': {
    en: (p) => `At "${p.name}" several ways may be taken together: name them, e.g. ${p.example}.`,
    'zh-CN': (p) => `在“${p.name}”可以同时走多条路径：一起输入，例如 ${p.example}。`,
  },
  'run.notTogether': {
    en: () =>
      'Only ways of the same inclusive decision can be taken together, each once, and its default goes alone.',
    'zh-CN': () => '只有同一个包容性判断的路径可以一起选，每条一次，默认路径只能单独选。',
  },
};

/** Renders a message of {@link runMessages}. Pure. */
export const say = <C extends keyof RunParams>(code: C, params: RunParams[C], lang: Lang) =>
  formatMessage(runMessages, code, params, lang);
