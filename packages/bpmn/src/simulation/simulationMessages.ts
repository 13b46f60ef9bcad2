import { formatMessage, type Lang, type MessageTable } from '@flowsmith/model';

/** The simulation formats Flowsmith reads: Prosimos JSON, QBP (BIMP, Apromore) and BPSim. */
export type SimulationSource = 'Prosimos' | 'QBP' | 'BPSim';

/**
 * Parameters of the warnings about simulation data, by code. `what` names the parameter in the
 * source's own terms (`batch_processing firing rule "size < 3"`, `bpsim:WaitTime`), so it reads
 * the same in every language; `id` is the element (task, gateway, flow, resource) it belongs to.
 */
export type SimulationWarningParams = {
  /** The parameter has no equivalent in Flowsmith and was left out. */
  'simulation-left-out': { source: SimulationSource; id: string; what: string };
  /** The parameter was converted to something close but not the same. */
  'simulation-approximated': { source: SimulationSource; id: string; what: string; as: string };
  /** The parameter names an element the model does not have. */
  'simulation-unknown-element': { source: SimulationSource; id: string; what: string };
};

/** The codes of warnings about simulation data. */
export type SimulationWarningCode = keyof SimulationWarningParams;

/** Warnings about simulation data, in English and Chinese. */
export const simulationWarningMessages: MessageTable<SimulationWarningParams> = {
  'simulation-left-out': {
    en: (p) =>
      `${p.source}: ${p.what} of "${p.id}" cannot be expressed in Flowsmith and was left out.`,
    'zh-CN': (p) => `${p.source}：“${p.id}”的 ${p.what} 无法在 Flowsmith 中表达，已略去。`,
  },
  'simulation-approximated': {
    en: (p) => `${p.source}: ${p.what} of "${p.id}" was approximated as ${p.as}.`,
    'zh-CN': (p) => `${p.source}：“${p.id}”的 ${p.what} 已近似为 ${p.as}。`,
  },
  'simulation-unknown-element': {
    en: (p) =>
      `${p.source}: ${p.what} refers to "${p.id}", which the model does not have; it was left out.`,
    'zh-CN': (p) => `${p.source}：${p.what} 引用的“${p.id}”在模型中不存在，已略去。`,
  },
};

/** Parameters of the errors in a simulation parameters file, by code. */
export type SimulationErrorParams = {
  'not-json': { detail: string };
  'expected-object': Record<string, never>;
  'expected-array': Record<string, never>;
  'expected-string': Record<string, never>;
  'expected-number': Record<string, never>;
  'expected-value-list': { count: number };
  'unknown-distribution': { name: string; known: string };
  'unknown-resource': { id: string };
  'unknown-calendar': { id: string };
  'bad-time': { text: string };
  'bad-day': { text: string };
  'bad-distribution': { detail: string };
};

/** The codes of errors in a simulation parameters file. */
export type SimulationErrorCode = keyof SimulationErrorParams;

/** Why a simulation parameters file (Prosimos JSON) cannot be read, in English and Chinese. */
export const simulationErrorMessages: MessageTable<SimulationErrorParams> = {
  'not-json': {
    en: (p) => `not JSON: ${p.detail}`,
    'zh-CN': (p) => `不是 JSON：${p.detail}`,
  },
  'expected-object': { en: () => 'expected an object', 'zh-CN': () => '应为对象' },
  'expected-array': { en: () => 'expected a list', 'zh-CN': () => '应为列表' },
  'expected-string': { en: () => 'expected a string', 'zh-CN': () => '应为字符串' },
  'expected-number': { en: () => 'expected a number', 'zh-CN': () => '应为数字' },
  'expected-value-list': {
    en: (p) =>
      `expected at least ${p.count} parameters written as [{ "value": n }, …] (Prosimos / pix-framework 0.14 format)`,
    'zh-CN': (p) =>
      `应至少有 ${p.count} 个参数，写作 [{ "value": n }, …]（Prosimos / pix-framework 0.14 格式）`,
  },
  'unknown-distribution': {
    en: (p) => `unknown distribution "${p.name}"; known: ${p.known}`,
    'zh-CN': (p) => `未知分布“${p.name}”；支持：${p.known}`,
  },
  'unknown-resource': {
    en: (p) => `no resource "${p.id}" in resource_profiles`,
    'zh-CN': (p) => `resource_profiles 中没有资源“${p.id}”`,
  },
  'unknown-calendar': {
    en: (p) => `no calendar "${p.id}" in resource_calendars`,
    'zh-CN': (p) => `resource_calendars 中没有日历“${p.id}”`,
  },
  'bad-time': {
    en: (p) => `"${p.text}" is not a time of day (HH:MM:SS)`,
    'zh-CN': (p) => `“${p.text}”不是时刻（HH:MM:SS）`,
  },
  'bad-day': {
    en: (p) => `"${p.text}" is not a day of the week (MONDAY … SUNDAY)`,
    'zh-CN': (p) => `“${p.text}”不是星期几（MONDAY … SUNDAY）`,
  },
  'bad-distribution': {
    en: (p) =>
      `these parameters give a duration that cannot be simulated (${p.detail}); correct them`,
    'zh-CN': (p) => `这些参数给出的时长无法仿真（${p.detail}），请改正`,
  },
};

/** Renders a simulation error. Pure. */
export function simulationErrorText<C extends SimulationErrorCode>(
  code: C,
  params: SimulationErrorParams[C],
  lang?: Lang,
): string {
  return formatMessage(simulationErrorMessages, code, params, lang);
}
