import { formatMessage, type Lang, type MessageTable } from '@flowsmith/model';
import { judgementMessages, type JudgementMessageParams } from './judgement/judgementMessages';
import { adviceMessages, type AdviceMessageParams } from './impact/adviceMessages';
import { gatewayMessages, type GatewayMessageParams } from './rules/gatewayMessages';

/** Names as the messages quote them: “…” in English, 「…」 in Chinese; lists joined. */
const en = (names: string[]): string => names.map((n) => `“${n}”`).join(', ');
const zh = (names: string[]): string => names.map((n) => `「${n}」`).join('、');

/** Minutes as a person reads them: 45 min, 3.5 h, 2.1 d (24-hour days). Pure. */
export function formatMinutes(minutes: number, lang: Lang = 'en'): string {
  if (!Number.isFinite(minutes)) return lang === 'zh-CN' ? '无上限' : 'unbounded';
  const round = (x: number) => (x >= 100 ? Math.round(x) : Math.round(x * 10) / 10);
  const [v, unit] =
    minutes < 120
      ? [round(minutes), lang === 'zh-CN' ? ' 分钟' : ' min']
      : minutes < 2880
        ? [round(minutes / 60), lang === 'zh-CN' ? ' 小时' : ' h']
        : [round(minutes / 1440), lang === 'zh-CN' ? ' 天' : ' d'];
  return `${v}${unit}`;
}

/** A share as a percentage, 0.853 → 85%. Pure. */
export function formatPercent(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)}%` : '∞';
}

type Names = { names: string[] };
type Two = { a: string; b: string };

/** Parameters of every message of the analysis, by code. */
export type AnalysisMessageParams = JudgementMessageParams &
  AdviceMessageParams &
  GatewayMessageParams & {
    'no-start': object;
    'no-end': object;
    unreachable: Names;
    'dead-end': Names;
    deadlock: { join: string; share: string };
    'lack-of-sync': { merge: string; times: string };
    livelock: Names;
    'missing-role': Names;
    probabilities: { step: string; sum: string };
    'duplicate-flow': Two & { count: number };
    'superfluous-gateway': Names;
    'dangling-flow': { flow: string; target: string };
    overload: { role: string; utilization: string };
    bottleneck: {
      role: string;
      utilization: string;
      wait: string;
      visits: string;
      perCase: string;
    };
    'idle-role': { role: string };
    'no-arrival': object;
    'subprocess-unresolved': { step: string; process: string };
    'duplicate-steps': Two;
    'redundant-approval.same-role': Two & { role: string };
    'redundant-approval.same-object': Two & { data: string };
    'redundant-approval.control': Two & { data: string };
    'rework-loop': Names & { extra: string; passes: string };
    'non-value-adding.nva': Names & { time: string };
    'non-value-adding.reentry': Names & { time: string };
    'combine-candidate': Two & { role: string };
    'parallelize-candidate': Two & { saving: string };
    'unused-output': { step: string; data: string };
    'handoff-ping-pong': { a: string; b: string; names: string[]; rate: string };
    'raci-overlap': { data: string; roles: string[] };
    'raci-conflict': { step: string; role: string; as: 'consulted' | 'informed' };
    'suggest.remove-step': Names;
    'suggest.merge-steps': Two;
    'suggest.parallelize': Two;
    'suggest.add-capacity': { role: string; from: number; to: number };
    'suggest.reassign': { step: string; role: string };
    'suggest.reassign-with-capacity': { step: string; role: string; from: number; to: number };
    'suggest.remove-flow': Two;
    'suggest.remove-gateway': Names;
    'suggest.fix-probabilities': { step: string };
    'suggest.skip-approval': Two;
    'to-be.name': { name: string };
  };

/** Every user-facing message of @flowsmith/analysis, in English and zh-CN. */
export const analysisMessages: MessageTable<AnalysisMessageParams> = {
  ...judgementMessages,
  ...adviceMessages,
  ...gatewayMessages,
  'no-start': {
    en: () => 'The process has no start step, so no case can begin. Add a start step.',
    'zh-CN': () => '流程没有开始节点，任何案例都无法开始。请添加一个开始节点。',
  },
  'no-end': {
    en: () => 'The process has no end step, so no case can finish. Add an end step.',
    'zh-CN': () => '流程没有结束节点，任何案例都无法结束。请添加一个结束节点。',
  },
  unreachable: {
    en: (p) =>
      `No case can reach ${en(p.names)}: no path leads there from a start. Connect it or remove it.`,
    'zh-CN': (p) => `没有任何案例能到达${zh(p.names)}：从开始节点没有路径通向它。请连接或删除它。`,
  },
  'dead-end': {
    en: (p) =>
      `Cases stop at ${en(p.names)}: it leads nowhere and is not an end. Connect it onwards or to an end.`,
    'zh-CN': (p) =>
      `案例会停在${zh(p.names)}：它没有后续，也不是结束节点。请把它连到后续步骤或结束节点。`,
  },
  deadlock: {
    en: (p) =>
      `The parallel join ${en([p.join])} waits for branches that do not all arrive (in ${p.share} of cases), so those cases wait for ever. Use an exclusive merge, or start the branches with a parallel split.`,
    'zh-CN': (p) =>
      `并行汇聚${zh([p.join])}等待的分支并不会全部到达（${p.share}的案例），这些案例将永远等待。请改用排他汇聚，或用并行分支开始这些分支。`,
  },
  'lack-of-sync': {
    en: (p) =>
      `Parallel branches meet at ${en([p.merge])} without waiting for each other, so everything after it runs ${p.times} times per case. Use a parallel join.`,
    'zh-CN': (p) =>
      `并行分支在${zh([p.merge])}汇合时互不等待，之后的步骤每个案例会执行 ${p.times} 次。请改用并行汇聚。`,
  },
  livelock: {
    en: (p) =>
      `Once a case enters the loop ${en(p.names)} it can never leave. Add a way out of the loop.`,
    'zh-CN': (p) => `案例一旦进入循环${zh(p.names)}就永远出不来。请为循环增加出口。`,
  },
  'missing-role': {
    en: (p) => `Nobody is responsible for ${en(p.names)}. Assign a role.`,
    'zh-CN': (p) => `${zh(p.names)}没有负责的角色。请指定一个角色。`,
  },
  probabilities: {
    en: (p) =>
      `The branch probabilities after ${en([p.step])} add up to ${p.sum}, not 100%. Figures assume them scaled to 100%.`,
    'zh-CN': (p) =>
      `${zh([p.step])}之后各分支的概率合计为 ${p.sum}，而不是 100%。计算时按比例缩放到 100%。`,
  },
  'duplicate-flow': {
    en: (p) =>
      `${p.count} flows lead from ${en([p.a])} to ${en([p.b])}; one is enough. Remove the extra flows.`,
    'zh-CN': (p) =>
      `从${zh([p.a])}到${zh([p.b])}有 ${p.count} 条连线，一条就够了。请删除多余的连线。`,
  },
  'superfluous-gateway': {
    en: (p) =>
      `The gateway ${en(p.names)} has one way in and one way out, so it decides nothing. Remove it.`,
    'zh-CN': (p) => `网关${zh(p.names)}只有一个入口和一个出口，并不做任何判断。请删除它。`,
  },
  'dangling-flow': {
    en: (p) =>
      `The flow ${en([p.flow])} points to ${en([p.target])}, which is not a step of this process. Reconnect or remove it.`,
    'zh-CN': (p) =>
      `连线${zh([p.flow])}指向${zh([p.target])}，它不是本流程的步骤。请重新连接或删除它。`,
  },
  overload: {
    en: (p) =>
      `${en([p.role])} would need to be busy ${p.utilization} of the time: work arrives faster than it can be done, and the queue grows without end. Add capacity, move work elsewhere or remove work.`,
    'zh-CN': (p) =>
      `${zh([p.role])}需要 ${p.utilization} 的时间都在工作：工作到来的速度超过了处理速度，排队会无限增长。请增加人手、转移或减少工作。`,
  },
  bottleneck: {
    en: (p) =>
      `${en([p.role])} is the bottleneck: busy ${p.utilization} of the time, so work waits about ${p.wait} in its queue each time (${p.visits} times per case: ${p.perCase} per case).`,
    'zh-CN': (p) =>
      `${zh([p.role])}是瓶颈：${p.utilization} 的时间都在工作，每次交给它平均要排队约 ${p.wait}（每个案例 ${p.visits} 次，合计约 ${p.perCase}）。`,
  },
  'idle-role': {
    en: (p) => `${en([p.role])} has no work in this process. Give it tasks or remove the role.`,
    'zh-CN': (p) => `${zh([p.role])}在本流程中没有任何工作。请给它分配任务或删除该角色。`,
  },
  'no-arrival': {
    en: () =>
      'No start step says how often cases arrive, so utilisation and waiting are not computed. Add an arrival rate to the start.',
    'zh-CN': () =>
      '没有开始节点说明案例多久到达一次，因此不计算利用率和等待时间。请在开始节点设置到达间隔。',
  },
  'subprocess-unresolved': {
    en: (p) =>
      `The subprocess ${en([p.step])} (process ${en([p.process])}) is not available, so it counts as no work in these figures.`,
    'zh-CN': (p) =>
      `子流程${zh([p.step])}（流程${zh([p.process])}）不可用，因此在这些数字中按零工作量计算。`,
  },
  'duplicate-steps': {
    en: (p) =>
      `${en([p.a])} and ${en([p.b])} look like the same work done twice in one case. Keep one of them.`,
    'zh-CN': (p) =>
      `${zh([p.a])}和${zh([p.b])}看起来是同一个案例中重复做的同一项工作。请只保留一个。`,
  },
  'redundant-approval.same-role': {
    en: (p) =>
      `${en([p.role])} approves the same case twice, in ${en([p.a])} and ${en([p.b])}. One approval is enough.`,
    'zh-CN': (p) =>
      `${zh([p.role])}在${zh([p.a])}和${zh([p.b])}中对同一案例审批了两次，一次就够了。`,
  },
  'redundant-approval.same-object': {
    en: (p) =>
      `${en([p.b])} approves ${en([p.data])} again after ${en([p.a])} already approved it.`,
    'zh-CN': (p) => `${zh([p.a])}已经审批过${zh([p.data])}，${zh([p.b])}又审批了一次。`,
  },
  'redundant-approval.control': {
    en: (p) =>
      `${en([p.b])} approves ${en([p.data])} again after ${en([p.a])}. It is a control (an authority limit), so it stays — but each case waits for it: make it cheaper.`,
    'zh-CN': (p) =>
      `${zh([p.a])}之后，${zh([p.b])}又审批了一次${zh([p.data])}。它是控制点（授权额度），不能取消，但每个案例都要等它：应让它更省时。`,
  },
  'rework-loop': {
    en: (p) =>
      `Cases go round the loop ${en(p.names)} ${p.passes} extra times on average, which costs ${p.extra} of extra work per case. Find out why work is sent back and fix it at the source.`,
    'zh-CN': (p) =>
      `案例平均要在${zh(p.names)}循环中多走 ${p.passes} 次，每个案例多出 ${p.extra}的返工。请找出退回的原因并从源头解决。`,
  },
  'non-value-adding.nva': {
    en: (p) =>
      `${en(p.names)} adds no value for the customer and takes ${p.time} per case. Remove or shorten it.`,
    'zh-CN': (p) => `${zh(p.names)}不为客户创造价值，每个案例耗时 ${p.time}。请删除或缩短它。`,
  },
  'non-value-adding.reentry': {
    en: (p) =>
      `${en(p.names)} only sends work back to be done again (${p.time} per case): it is rework, not value.`,
    'zh-CN': (p) =>
      `${zh(p.names)}只是把工作退回重做（每个案例 ${p.time}）：这是返工，不创造价值。`,
  },
  'combine-candidate': {
    en: (p) =>
      `${en([p.role])} does ${en([p.a])} and then ${en([p.b])}; doing both as one step saves a queue.`,
    'zh-CN': (p) =>
      `${zh([p.role])}先做${zh([p.a])}再做${zh([p.b])}，合并为一个步骤可以少排一次队。`,
  },
  'parallelize-candidate': {
    en: (p) =>
      `${en([p.b])} does not need the result of ${en([p.a])}; doing them at the same time could save about ${p.saving} per case.`,
    'zh-CN': (p) =>
      `${zh([p.b])}不需要${zh([p.a])}的结果；两者同时进行每个案例约可节省 ${p.saving}。`,
  },
  'unused-output': {
    en: (p) => `${en([p.step])} produces ${en([p.data])}, but no later step uses it. Is it needed?`,
    'zh-CN': (p) => `${zh([p.step])}产出了${zh([p.data])}，但之后没有任何步骤使用它。它是否必要？`,
  },
  'handoff-ping-pong': {
    en: (p) =>
      `Work bounces between ${en([p.a])} and ${en([p.b])} (${en(p.names)}), ${p.rate} hand-overs per case. Let one role finish its part in one go.`,
    'zh-CN': (p) =>
      `工作在${zh([p.a])}和${zh([p.b])}之间来回传递（${zh(p.names)}），每个案例交接 ${p.rate} 次。请让一个角色一次完成自己的部分。`,
  },
  'raci-overlap': {
    en: (p) =>
      `${en(p.roles)} are all responsible for producing ${en([p.data])} in the same case. Make one role responsible.`,
    'zh-CN': (p) => `${zh(p.roles)}在同一案例中都负责产出${zh([p.data])}。请只让一个角色负责。`,
  },
  'raci-conflict': {
    en: (p) =>
      `${en([p.role])} does ${en([p.step])} and is also listed as ${p.as} on it. Remove it from the ${p.as} list.`,
    'zh-CN': (p) =>
      `${zh([p.role])}负责${zh([p.step])}，同时又被列为${p.as === 'consulted' ? '咨询' : '知会'}对象。请从该名单中移除。`,
  },
  'suggest.remove-step': {
    en: (p) => `Remove ${en(p.names)} and connect what came before to what came after.`,
    'zh-CN': (p) => `删除${zh(p.names)}，并把前后步骤直接相连。`,
  },
  'suggest.merge-steps': {
    en: (p) => `Merge ${en([p.a])} and ${en([p.b])} into one step.`,
    'zh-CN': (p) => `把${zh([p.a])}和${zh([p.b])}合并为一个步骤。`,
  },
  'suggest.parallelize': {
    en: (p) => `Do ${en([p.a])} and ${en([p.b])} in parallel.`,
    'zh-CN': (p) => `让${zh([p.a])}和${zh([p.b])}并行进行。`,
  },
  'suggest.add-capacity': {
    en: (p) => `Give ${en([p.role])} a capacity of ${p.to} instead of ${p.from}.`,
    'zh-CN': (p) => `把${zh([p.role])}的人手从 ${p.from} 增加到 ${p.to}。`,
  },
  'suggest.reassign': {
    en: (p) => `Let ${en([p.role])} do ${en([p.step])}.`,
    'zh-CN': (p) => `由${zh([p.role])}来做${zh([p.step])}。`,
  },
  'suggest.reassign-with-capacity': {
    en: (p) =>
      `Let ${en([p.role])} do ${en([p.step])}, and give ${en([p.role])} a capacity of ${p.to} instead of ${p.from} so it can take the work on.`,
    'zh-CN': (p) =>
      `由${zh([p.role])}来做${zh([p.step])}，并把${zh([p.role])}的人手从 ${p.from} 增加到 ${p.to}，让它接得住这份工作。`,
  },
  'suggest.remove-flow': {
    en: (p) => `Keep one flow from ${en([p.a])} to ${en([p.b])}.`,
    'zh-CN': (p) => `从${zh([p.a])}到${zh([p.b])}只保留一条连线。`,
  },
  'suggest.remove-gateway': {
    en: (p) => `Remove the gateway ${en(p.names)} and connect its two sides directly.`,
    'zh-CN': (p) => `删除网关${zh(p.names)}，把两端直接相连。`,
  },
  'suggest.fix-probabilities': {
    en: (p) => `Scale the probabilities after ${en([p.step])} to add up to 100%.`,
    'zh-CN': (p) => `把${zh([p.step])}之后各分支的概率按比例调整为合计 100%。`,
  },
  'suggest.skip-approval': {
    en: (p) => `Drop the second approval ${en([p.b])}; ${en([p.a])} already covers it.`,
    'zh-CN': (p) => `取消第二次审批${zh([p.b])}；${zh([p.a])}已经覆盖了它。`,
  },
  'to-be.name': {
    en: (p) => `${p.name} (to-be)`,
    'zh-CN': (p) => `${p.name}（优化后）`,
  },
};

/** The code of a message of {@link analysisMessages}. */
export type AnalysisMessageCode = keyof AnalysisMessageParams;

/** Renders an analysis message in `lang`. Pure. */
export function analysisMessage<C extends AnalysisMessageCode>(
  code: C,
  params: AnalysisMessageParams[C],
  lang: Lang = 'en',
): string {
  return formatMessage(analysisMessages, code, params, lang);
}

/** Labels of the readable report ({@link formatReport}), in English and zh-CN. */
export const reportLabels: Record<Lang, Record<string, string>> = {
  en: {
    process: 'Process',
    cycleTime: 'Mean cycle time',
    touch: 'work',
    wait: 'waiting',
    flowEfficiency: 'Flow efficiency',
    nvaShare: 'Non-value-adding share',
    costPerCase: 'Cost per case',
    handoffs: 'Hand-overs per case',
    arrivals: 'Cases per week',
    criticalPath: 'Critical path',
    roles: 'Roles',
    utilization: 'busy',
    workPerCase: 'work per case',
    waitPerVisit: 'wait per visit',
    findings: 'Findings',
    none: 'No findings.',
    error: 'ERROR',
    warning: 'WARNING',
    info: 'INFO',
    steps: 'steps',
    suggestion: 'suggestion',
    effect: 'predicted',
    changes: 'Changes',
    noChanges: 'No change predicted to help was found.',
    before: 'before',
    after: 'after',
    wrote: 'Wrote',
    errorSummary:
      '{count} error finding(s): the process cannot run as drawn, or a role is overloaded.',
    impact: 'impact',
    impactLead: 'lead time',
    impactCost: 'cost',
    impactHours: 'role time',
    perCase: ' per case',
    hoursPerWeek: ' h per week',
    noImpact: 'none measured',
    withheld: 'not offered',
  },
  'zh-CN': {
    process: '流程',
    cycleTime: '平均周期时间',
    touch: '工作',
    wait: '等待',
    flowEfficiency: '流动效率',
    nvaShare: '非增值时间占比',
    costPerCase: '单件成本',
    handoffs: '每个案例交接次数',
    arrivals: '每周案例数',
    criticalPath: '关键路径',
    roles: '角色',
    utilization: '忙碌',
    workPerCase: '每案例工作量',
    waitPerVisit: '每次等待',
    findings: '发现',
    none: '没有发现问题。',
    error: '错误',
    warning: '警告',
    info: '提示',
    steps: '步骤',
    suggestion: '建议',
    effect: '预计',
    changes: '改动',
    noChanges: '没有找到预计有帮助的改动。',
    before: '之前',
    after: '之后',
    wrote: '已写入',
    errorSummary: '{count} 个错误：流程按现在的画法无法运行，或有角色超负荷。',
    impact: '影响',
    impactLead: '周期时间',
    impactCost: '成本',
    impactHours: '角色工时',
    perCase: '/案例',
    hoursPerWeek: ' 小时/周',
    noImpact: '无可量化影响',
    withheld: '不推荐',
  },
};
