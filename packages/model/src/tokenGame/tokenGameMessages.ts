import type { MessageTable } from '../messages/lang';

/** Parameters of each token-game refusal, by code. */
export type TokenGameParams = {
  'unknown-step': { stepId: string };
  'not-enabled': { stepId: string };
  'join-waiting': { stepId: string; flows: string };
  'dead-end': { stepId: string };
  'choose-flow': { stepId: string; flows: string };
  'not-outgoing': { stepId: string; flowId: string };
  'default-not-taken': { stepId: string; flowId: string; flows: string };
  'condition-false': { stepId: string; flowId: string; condition: string };
  'condition-error': { stepId: string; flowId: string; condition: string; error: string };
  'no-admissible': { stepId: string };
  'empty-trace': Record<string, never>;
  'trace-start': { stepId: string };
  'not-complete': { ids: string };
  'or-join-waiting': { stepId: string; flows: string };
  'choose-flows': { stepId: string; sets: string };
  'flows-not-admissible': { stepId: string; flows: string; sets: string };
};

/** The codes of token-game refusals. */
export type TokenGameCode = keyof TokenGameParams;

/** Every token-game message, in English and Chinese. */
export const tokenGameMessages: MessageTable<TokenGameParams> = {
  'unknown-step': {
    en: (p) => `there is no step with id '${p.stepId}'`,
    'zh-CN': (p) => `没有 id 为 '${p.stepId}' 的步骤`,
  },
  'not-enabled': {
    en: (p) => `step '${p.stepId}' cannot run now: no token waits on its incoming flows`,
    'zh-CN': (p) => `步骤 '${p.stepId}' 现在不能执行：它的入口连线上没有令牌`,
  },
  'join-waiting': {
    en: (p) => `and-join '${p.stepId}' waits for a token on ${p.flows}`,
    'zh-CN': (p) => `并行汇合 '${p.stepId}' 仍在等待连线 ${p.flows} 上的令牌`,
  },
  'dead-end': {
    en: (p) =>
      `step '${p.stepId}' has no outgoing flow, so the case cannot go on: connect it or add an end`,
    'zh-CN': (p) => `步骤 '${p.stepId}' 没有出口连线，案例无法继续：请连接它或添加结束`,
  },
  'choose-flow': {
    en: (p) => `xor '${p.stepId}' needs a choice: one of ${p.flows}`,
    'zh-CN': (p) => `排他网关 '${p.stepId}' 需要选择一条连线：${p.flows}`,
  },
  'not-outgoing': {
    en: (p) => `flow '${p.flowId}' does not leave step '${p.stepId}'`,
    'zh-CN': (p) => `连线 '${p.flowId}' 不是步骤 '${p.stepId}' 的出口`,
  },
  'default-not-taken': {
    en: (p) =>
      `default flow '${p.flowId}' of xor '${p.stepId}' is only taken when no other flow applies; these apply: ${p.flows}`,
    'zh-CN': (p) =>
      `排他网关 '${p.stepId}' 的默认连线 '${p.flowId}' 仅在其他连线都不满足时才走；当前满足的有：${p.flows}`,
  },
  'condition-false': {
    en: (p) =>
      `flow '${p.flowId}' of xor '${p.stepId}' is not open: its condition '${p.condition}' is false for the case data`,
    'zh-CN': (p) =>
      `排他网关 '${p.stepId}' 的连线 '${p.flowId}' 不能走：条件 '${p.condition}' 对本案例数据不成立`,
  },
  'condition-error': {
    en: (p) =>
      `flow '${p.flowId}' of xor '${p.stepId}' is not open: its condition '${p.condition}' fails: ${p.error}`,
    'zh-CN': (p) =>
      `排他网关 '${p.stepId}' 的连线 '${p.flowId}' 不能走：条件 '${p.condition}' 无法求值：${p.error}`,
  },
  'no-admissible': {
    en: (p) => `no outgoing flow of xor '${p.stepId}' applies to the case data: add a default flow`,
    'zh-CN': (p) => `排他网关 '${p.stepId}' 没有适用于本案例数据的出口连线：请添加默认连线`,
  },
  'empty-trace': {
    en: () => 'the trace is empty: it must begin with a start step',
    'zh-CN': () => '轨迹为空：轨迹必须以开始步骤开头',
  },
  'trace-start': {
    en: (p) => `a trace must begin with a start step, not '${p.stepId}'`,
    'zh-CN': (p) => `轨迹必须以开始步骤开头，而不是 '${p.stepId}'`,
  },
  'not-complete': {
    en: (p) => `the trace ends while tokens remain on ${p.ids}`,
    'zh-CN': (p) => `轨迹结束时 ${p.ids} 上仍有令牌`,
  },
  'or-join-waiting': {
    en: (p) =>
      `inclusive join '${p.stepId}' waits: a branch its split started is still on the way (to ${p.flows})`,
    'zh-CN': (p) => `包容汇合 '${p.stepId}' 仍在等待：其分支中还有令牌未到达（连线 ${p.flows}）`,
  },
  'choose-flows': {
    en: (p) => `or '${p.stepId}' needs a choice of flows: one of ${p.sets}`,
    'zh-CN': (p) => `包容网关 '${p.stepId}' 需要选择连线组合：${p.sets} 之一`,
  },
  'flows-not-admissible': {
    en: (p) => `or '${p.stepId}' cannot take ${p.flows} for this case; it may take ${p.sets}`,
    'zh-CN': (p) => `包容网关 '${p.stepId}' 对本案例不能走 ${p.flows}；可以走 ${p.sets}`,
  },
};
