import { formatMessage, type Lang, type MessageTable } from '@flowsmith/model';

type Params = {
  'scenario.notObject': object;
  'scenario.unknownKey': { key: string };
  'scenario.positiveInteger': object;
  'scenario.nonNegativeInteger': object;
  'scenario.integerRange': { min: number; max: number };
  'scenario.numberRange': { max: number };
  'sim.implausible': { detail: string };
  'scenario.duration': { value: string };
  'scenario.positiveNumber': object;
  'scenario.probability': object;
  'scenario.calendarMode': object;
  'scenario.unknownRole': { id: string };
  'scenario.unknownStep': { id: string };
  'scenario.unknownFlow': { id: string };
  'scenario.attribute': object;
  'scenario.choice': object;
  'scenario.warmupTooLong': object;
  'scenario.decisionData': { decision: string; id: string; names: string };
  'scenario.start': { value: string };
  'scenario.priority': object;
  'scenario.priorityCondition': { message: string };
  'scenario.priorityData': { names: string };
  'scenario.queue': object;
  'scenario.arrivalRule': object;
  'sim.arrivalNeverComes': { step: string };
  'sim.noArrivals': object;
  'sim.noRole': { step: string; role: string };
  'sim.noCalendar': { owner: string; calendar: string };
  'sim.neverOpen': { calendar: string };
  'sim.noSubprocess': { step: string; process: string };
  'sim.recursiveSubprocess': { step: string; process: string };
  'sim.probabilities': { step: string; sum: string };
  'sim.condition': { flow: string; message: string };
  'sim.unstable': { role: string; utilization: string };
  'sim.noSteps': { step: string };
  'sim.noWayOut': { steps: string };
  'sim.zeroTimeLoop': { step: string };
  'sim.cancelled': object;
  'sim.terminateInSubprocess': { step: string };
  'sim.batchNeverFires': { step: string };
  'sim.orJoinWithoutSplit': { step: string };
  'sim.orProbability': { step: string; flow: string; probability: string };
  'sim.priorityCondition': { index: string; message: string };
};

/** Every message of @flowsmith/simulation, in English and Chinese. */
export const messages: MessageTable<Params> = {
  'scenario.notObject': {
    en: () => 'a scenario must be a JSON object',
    'zh-CN': () => '场景必须是一个 JSON 对象',
  },
  'scenario.unknownKey': {
    en: (p) => `unknown setting "${p.key}"; see docs/simulation.md for the scenario format`,
    'zh-CN': (p) => `未知的设置 "${p.key}"；场景格式见 docs/simulation.md`,
  },
  'scenario.positiveInteger': {
    en: () => 'must be a whole number of at least 1',
    'zh-CN': () => '必须是不小于 1 的整数',
  },
  'scenario.nonNegativeInteger': {
    en: () => 'must be a whole number of at least 0',
    'zh-CN': () => '必须是不小于 0 的整数',
  },
  'scenario.integerRange': {
    en: ({ min, max }) => `must be a whole number from ${min} to ${max.toLocaleString('en')}`,
    'zh-CN': ({ min, max }) => `必须是 ${min} 到 ${max} 之间的整数`,
  },
  'scenario.numberRange': {
    en: ({ max }) => `must be a number greater than 0 and at most ${max.toLocaleString('en')}`,
    'zh-CN': ({ max }) => `必须是大于 0 且不超过 ${max} 的数`,
  },
  'sim.implausible': {
    en: ({ detail }) =>
      `the simulation gave a result that cannot be right (${detail}); nothing is reported`,
    'zh-CN': ({ detail }) => `仿真得到的结果不可能正确（${detail}），因此不予报告`,
  },
  'scenario.duration': {
    en: (p) =>
      `"${p.value}" is not a duration; write minutes (120) or a string such as "30d", "12h", "90min"`,
    'zh-CN': (p) => `"${p.value}" 不是时长；请写分钟数（120）或 "30d"、"12h"、"90min" 这样的字符串`,
  },
  'scenario.positiveNumber': {
    en: () => 'must be a number greater than 0',
    'zh-CN': () => '必须是大于 0 的数',
  },
  'scenario.probability': {
    en: () => 'must be a probability between 0 and 1',
    'zh-CN': () => '必须是 0 到 1 之间的概率',
  },
  'scenario.calendarMode': {
    en: () =>
      'must be "pause" (work stops at closing time) or "finish" (work in progress is finished)',
    'zh-CN': () => '必须是 "pause"（下班时暂停）或 "finish"（做完手头的工作）',
  },
  'scenario.unknownRole': {
    en: (p) => `the process has no role "${p.id}"`,
    'zh-CN': (p) => `流程中没有角色 "${p.id}"`,
  },
  'scenario.unknownStep': {
    en: (p) => `the process has no task or timer "${p.id}"`,
    'zh-CN': (p) => `流程中没有任务或计时器 "${p.id}"`,
  },
  'scenario.unknownFlow': {
    en: (p) => `the process has no flow "${p.id}" leaving an xor`,
    'zh-CN': (p) => `流程中没有从排他网关出发的连线 "${p.id}"`,
  },
  'scenario.attribute': {
    en: () =>
      'must be a number, string or boolean, a distribution such as { "dist": "uniform", "min": 1, "max": 9 }, or { "choice": { "a": 0.3, "b": 0.7 } }',
    'zh-CN': () =>
      '必须是数字、字符串或布尔值，或分布（如 { "dist": "uniform", "min": 1, "max": 9 }），或 { "choice": { "a": 0.3, "b": 0.7 } }',
  },
  'scenario.choice': {
    en: () => 'choice weights must be non-negative numbers with a positive sum',
    'zh-CN': () => '选项的权重必须是非负数且总和大于 0',
  },
  'scenario.decisionData': {
    en: (p) =>
      `decision "${p.decision}" (${p.id}) reads ${p.names}, which the scenario gives no values for: ` +
      'its cases would be decided as if the data were missing; add them to attributes ' +
      '(a value, a distribution or a choice), or give none of the names it reads to route it by probability',
    'zh-CN': (p) =>
      `判断“${p.decision}”（${p.id}）读取 ${p.names}，但场景没有给出这些数据：` +
      '案例会像缺少数据一样被判断；请在 attributes 中给出（值、分布或选项），' +
      '或不给出它读取的任何数据，按概率分流',
  },
  'scenario.warmupTooLong': {
    en: () => 'the warm-up is as long as the horizon: nothing would be measured',
    'zh-CN': () => '预热期不短于仿真时长：没有可统计的数据',
  },
  'scenario.start': {
    en: (p) =>
      `"${p.value}" is not a local date-time: write YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS, e.g. 2024-01-01T09:00`,
    'zh-CN': (p) =>
      `"${p.value}" 不是本地日期时间：请写成 YYYY-MM-DDTHH:MM 或 YYYY-MM-DDTHH:MM:SS，如 2024-01-01T09:00`,
  },
  'scenario.priority': {
    en: () =>
      'priorities must be a list of rules { "condition": "amount > 50000", "priority": 2 } (a condition and a number)',
    'zh-CN': () =>
      'priorities 必须是规则列表 { "condition": "amount > 50000", "priority": 2 }（一个条件和一个数字）',
  },
  'scenario.priorityCondition': {
    en: (p) => `the condition does not parse: ${p.message}`,
    'zh-CN': (p) => `条件无法解析：${p.message}`,
  },
  'scenario.priorityData': {
    en: (p) =>
      `reads ${p.names}, which no case attribute gives and no step sets: every case would get this rule wrong; add them to attributes`,
    'zh-CN': (p) =>
      `读取 ${p.names}，但没有案例属性给出、也没有步骤设置这些数据：每个案例都会被错误地判断；请在 attributes 中给出`,
  },
  'scenario.queue': {
    en: () => 'must be "fifo", "priority" or "dueDate"',
    'zh-CN': () => '必须是 "fifo"、"priority" 或 "dueDate"',
  },
  'scenario.arrivalRule': {
    en: () => 'must be "openTime" (gaps count open hours only) or "wallClock" (clock time)',
    'zh-CN': () => '必须是 "openTime"（间隔只计开放时间）或 "wallClock"（按钟表时间）',
  },
  'sim.arrivalNeverComes': {
    en: (p) =>
      `start "${p.step}": its arrival profile gives no weight to any open hour of its calendar, so no case would ever arrive`,
    'zh-CN': (p) => `开始 "${p.step}"：到达曲线在其日历的开放时间内权重全为 0，不会有案例到达`,
  },
  'sim.noArrivals': {
    en: () =>
      'no start step has an arrival ("arrival": { "rate": … } or { "interarrival": … }), so no case would ever arrive',
    'zh-CN': () =>
      '没有开始步骤定义到达（"arrival": { "rate": … } 或 { "interarrival": … }），不会有案例到达',
  },
  'sim.noRole': {
    en: (p) => `step "${p.step}": no role with id "${p.role}"`,
    'zh-CN': (p) => `步骤 "${p.step}"：没有 id 为 "${p.role}" 的角色`,
  },
  'sim.noCalendar': {
    en: (p) => `"${p.owner}": no calendar with id "${p.calendar}"`,
    'zh-CN': (p) => `"${p.owner}"：没有 id 为 "${p.calendar}" 的日历`,
  },
  'sim.neverOpen': {
    en: (p) => `calendar "${p.calendar}" has no working hours, so its work could never happen`,
    'zh-CN': (p) => `日历 "${p.calendar}" 没有工作时间，相关工作永远无法进行`,
  },
  'sim.noSubprocess': {
    en: (p) =>
      `subprocess step "${p.step}": process "${p.process}" is not available; pass it to the simulation`,
    'zh-CN': (p) => `子流程步骤 "${p.step}"：找不到流程 "${p.process}"，请一并提供给仿真`,
  },
  'sim.recursiveSubprocess': {
    en: (p) =>
      `subprocess step "${p.step}": process "${p.process}" calls itself, which would never end`,
    'zh-CN': (p) => `子流程步骤 "${p.step}"：流程 "${p.process}" 调用了自身，永远不会结束`,
  },
  'sim.probabilities': {
    en: (p) => `xor "${p.step}": the probabilities of its outgoing flows add up to ${p.sum}, not 1`,
    'zh-CN': (p) => `排他网关 "${p.step}"：出发连线的概率之和为 ${p.sum}，不是 1`,
  },
  'sim.condition': {
    en: (p) => `flow "${p.flow}": ${p.message}`,
    'zh-CN': (p) => `连线 "${p.flow}"：${p.message}`,
  },
  'sim.unstable': {
    en: (p) =>
      `role "${p.role}" would be busy ${p.utilization} of its available time: its queue grows without end over an open horizon. Add capacity, shorten its tasks, or simulate a number of cases instead`,
    'zh-CN': (p) =>
      `角色 "${p.role}" 的负荷为可用时间的 ${p.utilization}：在不限时长的仿真中队列会无限增长。请增加人手、缩短任务，或改为按案例数仿真`,
  },
  'sim.noSteps': {
    en: (p) => `step "${p.step}" leads nowhere: a case reaching it could not go on`,
    'zh-CN': (p) => `步骤 "${p.step}" 没有出口：到达此处的案例无法继续`,
  },
  'sim.noWayOut': {
    en: (p) =>
      `a case reaching ${p.steps} can never get to an end: it would circle for ever (a loop with no exit)`,
    'zh-CN': (p) => `到达 ${p.steps} 的案例永远无法到达结束：会无限循环（没有出口的循环）`,
  },
  'sim.zeroTimeLoop': {
    en: (p) =>
      `step "${p.step}": a case keeps moving through steps that take no time (a loop of gateways); give the loop a task or timer`,
    'zh-CN': (p) =>
      `步骤 "${p.step}"：案例在不耗时的步骤间无限循环（网关组成的循环）；请在循环中加入任务或计时器`,
  },
  'sim.cancelled': {
    en: () => 'the simulation was cancelled',
    'zh-CN': () => '仿真已取消',
  },
  'sim.terminateInSubprocess': {
    en: (p) =>
      `end "${p.step}" terminates inside a subprocess: the simulator ends whole cases only; make it a plain end or move it to the parent process`,
    'zh-CN': (p) =>
      `结束 "${p.step}" 是子流程内的终止结束：仿真只能终止整个案例；请改为普通结束，或移到父流程中`,
  },
  'sim.batchNeverFires': {
    en: (p) =>
      `step "${p.step}": its batch can never start (no size, no window and no schedule that opens); give it at least one`,
    'zh-CN': (p) =>
      `步骤 "${p.step}"：批处理永远不会开始（没有批量、没有等待时限，也没有会开放的时间表）；请至少设置一项`,
  },
  'sim.orJoinWithoutSplit': {
    en: (p) =>
      `inclusive join "${p.step}" without its split: no inclusive (OR) split's branches all meet here, so it cannot know how many to wait for`,
    'zh-CN': (p) =>
      `包容合并 "${p.step}" 没有对应的拆分：没有哪个包容（OR）网关的全部分支在此汇合，因此无法知道要等几个分支`,
  },
  'sim.orProbability': {
    en: (p) =>
      `inclusive gateway "${p.step}": flow "${p.flow}" has probability ${p.probability}; each branch is taken on its own with a probability above 0 and at most 1`,
    'zh-CN': (p) =>
      `包容网关 "${p.step}"：连线 "${p.flow}" 的概率为 ${p.probability}；每个分支各自以大于 0、不超过 1 的概率被选中`,
  },
  'sim.priorityCondition': {
    en: (p) => `priority rule ${p.index}: ${p.message}`,
    'zh-CN': (p) => `优先级规则 ${p.index}：${p.message}`,
  },
};

/** A message code of this package. */
export type MessageCode = keyof Params;

/** Renders message `code` in `lang`. Pure. */
export function message<C extends MessageCode>(
  code: C,
  params: Params[C],
  lang: Lang = 'en',
): string {
  return formatMessage(messages, code, params, lang);
}

/** A problem with a scenario or a process that stops the simulation: what, where, and in which words. */
export interface SimulationProblem {
  /** JSON path in the scenario (`overrides.capacity.clerk`) or the element id, '' for the root. */
  path: string;
  code: MessageCode;
  message: string;
}

/** Thrown when a process or scenario cannot be simulated; `problems` says why. */
export class SimulationError extends Error {
  constructor(readonly problems: SimulationProblem[]) {
    super(problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n'));
    this.name = 'SimulationError';
  }
}
