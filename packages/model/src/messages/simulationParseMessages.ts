/**
 * The parse messages of the simulation fields beyond FORMAT.md (distributions gamma, empirical and
 * histogram with `shift` and `bounds`; role members and queue; arrival rule and profile; batch;
 * case data `sets`; the `or` step; the `simulation` header), in English and zh-CN. Merged into
 * `parseMessages`, so callers match on the codes as on any other.
 */
import type { MessageTable } from './lang';

/** Parameters of each simulation-field parse message, by code. */
export type SimulationParseParams = {
  'list.empty': Record<string, never>;
  'weights.length': { expected: number; actual: number };
  'weights.allZero': Record<string, never>;
  'bin.order': { from: number; to: number };
  'distribution.negativeDraws': { lowest: number };
  'bounds.mass': { percent: string };
  'bounds.outside': { min: string; max: string };
  'member.duplicate': { id: string; firstPath: string };
  'member.contradicts': { id: string; field: string; firstPath: string };
  'member.durationNotTask': { id: string };
  'capacity.members': { capacity: number; members: number };
  'key.reserved': { key: string };
  'data.name': { name: string };
  'caseValue.shape': { add: boolean };
  'choice.empty': Record<string, never>;
  'batch.neverFires': Record<string, never>;
  'batch.size': { value: number };
  'batch.scheduleClosed': { id: string };
  'profile.closed': { calendar?: string };
  'dateTime.syntax': { value: string };
  'or.probability': { value: number };
};

/** The simulation-field parse messages in every language. */
export const simulationParseMessages: MessageTable<SimulationParseParams> = {
  'list.empty': {
    en: () => 'must not be empty',
    'zh-CN': () => '不能为空',
  },
  'weights.length': {
    en: (p) => `needs ${p.expected} weights, not ${p.actual}`,
    'zh-CN': (p) => `需要 ${p.expected} 个权重，而不是 ${p.actual} 个`,
  },
  'weights.allZero': {
    en: () => 'at least one weight must be greater than 0',
    'zh-CN': () => '至少要有一个权重大于 0',
  },
  'bin.order': {
    en: (p) => `"from" (${p.from}) must be less than "to" (${p.to})`,
    'zh-CN': (p) => `"from"（${p.from}）必须小于 "to"（${p.to}）`,
  },
  'distribution.negativeDraws': {
    en: (p) =>
      `draws can be negative (as low as ${p.lowest} after "shift"); a time cannot be: raise "shift" or set "bounds.min"`,
    'zh-CN': (p) =>
      `抽样可能为负数（加上 "shift" 后最低为 ${p.lowest}）；时间不能为负：请调高 "shift" 或设置 "bounds.min"`,
  },
  'bounds.mass': {
    en: (p) =>
      `the bounds keep only ${p.percent} % of the distribution (at least 0.1 % is needed); widen them`,
    'zh-CN': (p) => `该范围只保留了分布的 ${p.percent}%（至少需要 0.1%）；请放宽范围`,
  },
  'bounds.outside': {
    en: (p) =>
      `the bounds leave out every value the distribution can take (it lies between ${p.min} and ${p.max})`,
    'zh-CN': (p) => `该范围排除了分布的所有取值（分布取值在 ${p.min} 与 ${p.max} 之间）`,
  },
  'member.duplicate': {
    en: (p) => `member "${p.id}" is already listed in this role at ${p.firstPath}`,
    'zh-CN': (p) => `成员 "${p.id}" 已在本角色的 ${p.firstPath} 列出`,
  },
  'member.contradicts': {
    en: (p) =>
      `member "${p.id}" is the same person as at ${p.firstPath}, whose "${p.field}" differs; write it the same or leave it out`,
    'zh-CN': (p) =>
      `成员 "${p.id}" 与 ${p.firstPath} 是同一人，但 "${p.field}" 不同；请写成一样或省略`,
  },
  'member.durationNotTask': {
    en: (p) => `step "${p.id}" is not a task; only tasks have durations per person`,
    'zh-CN': (p) => `步骤 "${p.id}" 不是任务；只有任务才能按人设置时长`,
  },
  'capacity.members': {
    en: (p) =>
      `capacity (${p.capacity}) must equal the number of members (${p.members}), or be left out`,
    'zh-CN': (p) => `人数（${p.capacity}）必须等于成员数（${p.members}），或省略不写`,
  },
  'key.reserved': {
    en: (p) => `"${p.key}" cannot be used as a name here`,
    'zh-CN': (p) => `"${p.key}" 不能在此用作名称`,
  },
  'data.name': {
    en: (p) =>
      `"${p.name}" is not a name conditions can read (letters, digits and "_", not starting with a digit; parts joined by ".")`,
    'zh-CN': (p) =>
      `"${p.name}" 不是条件可以读取的名称（字母、数字和 "_"，不以数字开头；可用 "." 连接）`,
  },
  'caseValue.shape': {
    en: (p) =>
      `expected a number, a string, true or false, a distribution (with "dist") or {"choice": {…}}${p.add ? ' or {"add": n}' : ''}`,
    'zh-CN': (p) =>
      `应为数字、字符串、true 或 false、分布（带 "dist"）或 {"choice": {…}}${p.add ? ' 或 {"add": n}' : ''}`,
  },
  'choice.empty': {
    en: () => 'a choice needs at least one value with a weight greater than 0',
    'zh-CN': () => 'choice 至少需要一个权重大于 0 的取值',
  },
  'batch.neverFires': {
    en: () => 'a batch needs at least one of "size" (2 or more), "window" and "schedule"',
    'zh-CN': () => '批处理至少需要 "size"（不小于 2）、"window"、"schedule" 之一',
  },
  'batch.size': {
    en: (p) => `a batch size is a whole number of at least 2, not ${p.value}`,
    'zh-CN': (p) => `批量必须是不小于 2 的整数，而不是 ${p.value}`,
  },
  'batch.scheduleClosed': {
    en: (p) =>
      `calendar "${p.id}" has no working hours, so the batch would never fire; give it hours or add a "size" or "window"`,
    'zh-CN': (p) =>
      `日历 "${p.id}" 没有工作时间，批处理永远不会触发；请设置工作时间或添加 "size" 或 "window"`,
  },
  'profile.closed': {
    en: (p) =>
      p.calendar === undefined
        ? 'the profile gives every hour a weight of 0; no case would ever arrive'
        : `the profile gives every open hour of calendar "${p.calendar}" a weight of 0; no case would ever arrive`,
    'zh-CN': (p) =>
      p.calendar === undefined
        ? '该分布曲线所有时段的权重都是 0；不会有案例到达'
        : `该分布曲线在日历 "${p.calendar}" 的所有工作时段权重都是 0；不会有案例到达`,
  },
  'dateTime.syntax': {
    en: (p) =>
      `"${p.value}" is not a local date and time written YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS`,
    'zh-CN': (p) => `"${p.value}" 不是 YYYY-MM-DDTHH:MM 或 YYYY-MM-DDTHH:MM:SS 格式的本地日期时间`,
  },
  'or.probability': {
    en: (p) =>
      `a flow leaving an "or" step is taken with its own probability, greater than 0 and at most 1, not ${p.value}`,
    'zh-CN': (p) => `从 "or" 网关出发的连线按自身概率选择，应大于 0 且不超过 1，而不是 ${p.value}`,
  },
};

/** zh-CN names of the places a simulation field can be unknown in, for `field.unknown`. */
export const simulationContextNames: Record<string, string> = {
  'an or step': '包容网关',
  'a gamma distribution': 'gamma 分布',
  'an empirical distribution': 'empirical 分布',
  'a histogram distribution': 'histogram 分布',
  'a histogram bin': '直方图区间',
  'distribution bounds': '分布范围',
  'a member': '成员',
  'an arrival profile': '到达分布曲线',
  'a batch': '批处理',
  'a batch window': '批处理等待时限',
  'a choice': 'choice 取值',
  'a data change': '数据变更',
  'the simulation settings': '仿真设置',
  'a priority rule': '优先级规则',
};
