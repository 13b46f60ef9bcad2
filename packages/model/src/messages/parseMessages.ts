/**
 * Every message of parsing, validation and migration, in English and zh-CN, keyed by the
 * problem code a caller can match on. The message is the sentence after the JSON path:
 * `steps[3].role: no role with id "clerkk"`.
 */
import type { JsonExpectation } from '../parse/findJsonSyntaxError';
import type { Lang, MessageTable } from './lang';
import {
  simulationContextNames,
  simulationParseMessages,
  type SimulationParseParams,
} from './simulationParseMessages';
import {
  workshopContextNames,
  workshopParseMessages,
  type WorkshopParseParams,
} from './workshopMessages';

/** JSON value kinds a field may be expected to hold, named in messages. */
export type ExpectedKind =
  'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'distribution';

/** What an input value is, as messages name it. */
export type ActualKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null' | 'other';

/** The things a reference can point at. */
export type ReferenceKind = 'role' | 'calendar' | 'data' | 'step' | 'process';

const KIND_NAMES: Record<Lang, Record<ExpectedKind | ActualKind | ReferenceKind, string>> = {
  en: {
    object: 'an object',
    array: 'a list',
    string: 'a string',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    distribution: 'a distribution (a number or an object with "dist")',
    null: 'null',
    other: 'something that is not JSON',
    role: 'role',
    calendar: 'calendar',
    data: 'data object',
    step: 'step',
    process: 'process',
  },
  'zh-CN': {
    object: '对象',
    array: '列表',
    string: '字符串',
    number: '数字',
    integer: '整数',
    boolean: 'true 或 false',
    distribution: '分布（数字或带 "dist" 的对象）',
    null: 'null',
    other: '非 JSON 值',
    role: '角色',
    calendar: '日历',
    data: '数据对象',
    step: '步骤',
    process: '流程',
  },
};

const quoteList = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
const hintEn = (hint?: string) => (hint ? `; did you mean "${hint}"?` : '');
const hintZh = (hint?: string) => (hint ? `；是否想写 "${hint}"？` : '');

/** Parameters of each parse message, by code. */
export type ParseMessageParams = {
  'json.empty': Record<string, never>;
  'json.syntax': { line: number; column: number; detail: string };
  'document.notObject': { actual: ActualKind };
  'document.unreadable': { detail: string };
  'format.wrong': { actual: string };
  'version.missing': Record<string, never>;
  'version.invalid': { actual: string };
  'version.newer': { version: number; max: number };
  'field.required': { field: string };
  'field.type': { expected: ExpectedKind; actual: ActualKind };
  'field.unknown': { field: string; hint?: string; context: string };
  'field.enum': { value: string; allowed: readonly string[]; hint?: string };
  'id.syntax': { id: string };
  'id.duplicate': { id: string; firstPath: string };
  'reference.missing': { kind: ReferenceKind; id: string };
  'subprocess.self': { id: string };
  'number.notFinite': Record<string, never>;
  'number.positive': { value: number };
  'arrival.both': Record<string, never>;
  'number.nonNegative': { value: number };
  'number.positiveInteger': { value: number };
  'capacity.tooLarge': { value: number; max: number };
  'probability.range': { value: number };
  'distribution.minAboveMax': { min: number; max: number };
  'distribution.modeOutside': { min: number; mode: number; max: number };
  'time.syntax': { value: string };
  'time.order': { from: string; to: string };
  'days.duplicate': { day: string };
  'date.syntax': { value: string };
  'reportsTo.cycle': { chain: string };
  'language.syntax': { value: string };
  'currency.syntax': { value: string };
  'condition.syntax': { column: number; detail: string };
} & WorkshopParseParams &
  SimulationParseParams;

/** The problem codes of parsing and validation. */
export type ParseCode = keyof ParseMessageParams;

/** The parse messages in every language. */
export const parseMessages: MessageTable<ParseMessageParams> = {
  ...workshopParseMessages,
  ...simulationParseMessages,
  'json.empty': {
    en: () => 'the file is empty; a process document is a JSON object',
    'zh-CN': () => '文件为空；流程文档应是一个 JSON 对象',
  },
  'json.syntax': {
    en: (p) => `not valid JSON at line ${p.line}, column ${p.column}: ${p.detail}`,
    'zh-CN': (p) => `第 ${p.line} 行第 ${p.column} 列不是合法的 JSON：${p.detail}`,
  },
  'document.notObject': {
    en: (p) => `a process document is a JSON object, not ${KIND_NAMES.en[p.actual]}`,
    'zh-CN': (p) => `流程文档应是 JSON 对象，而不是${KIND_NAMES['zh-CN'][p.actual]}`,
  },
  'document.unreadable': {
    en: (p) => `the document could not be read: ${p.detail}`,
    'zh-CN': (p) => `无法读取该文档：${p.detail}`,
  },
  'format.wrong': {
    en: (p) => `"format" must be "flowsmith.process", not ${p.actual}; is this a Flowsmith file?`,
    'zh-CN': (p) =>
      `"format" 必须是 "flowsmith.process"，而不是 ${p.actual}；这是 Flowsmith 文件吗？`,
  },
  'version.missing': {
    en: () => '"version" is missing; add "version": 1',
    'zh-CN': () => '缺少 "version"；请加上 "version": 1',
  },
  'version.invalid': {
    en: (p) => `"version" must be a whole number from 1 on, not ${p.actual}`,
    'zh-CN': (p) => `"version" 必须是不小于 1 的整数，而不是 ${p.actual}`,
  },
  'version.newer': {
    en: (p) =>
      `written by a newer Flowsmith; version ${p.version}, this one reads up to ${p.max}. Update Flowsmith to open it`,
    'zh-CN': (p) =>
      `该文档由更新版本的 Flowsmith 写成；版本 ${p.version}，当前版本最多读取 ${p.max}。请升级 Flowsmith 后再打开`,
  },
  'field.required': {
    en: (p) => `"${p.field}" is required`,
    'zh-CN': (p) => `缺少必填字段 "${p.field}"`,
  },
  'field.type': {
    en: (p) => `expected ${KIND_NAMES.en[p.expected]}, got ${KIND_NAMES.en[p.actual]}`,
    'zh-CN': (p) =>
      `应为${KIND_NAMES['zh-CN'][p.expected]}，实际为${KIND_NAMES['zh-CN'][p.actual]}`,
  },
  'field.unknown': {
    en: (p) => `unknown field "${p.field}" in ${p.context}${hintEn(p.hint)}`,
    'zh-CN': (p) => `${p.context}中有未知字段 "${p.field}"${hintZh(p.hint)}`,
  },
  'field.enum': {
    en: (p) => `"${p.value}" is not one of ${quoteList(p.allowed)}${hintEn(p.hint)}`,
    'zh-CN': (p) => `"${p.value}" 不在可选值 ${quoteList(p.allowed)} 之中${hintZh(p.hint)}`,
  },
  'id.syntax': {
    en: (p) => `id "${p.id}" may only use letters A-Z a-z, digits, "_", "." and "-" (at least one)`,
    'zh-CN': (p) => `id "${p.id}" 只能使用字母 A-Z a-z、数字、"_"、"." 和 "-"（至少一个字符）`,
  },
  'id.duplicate': {
    en: (p) => `id "${p.id}" is already used by ${p.firstPath}; ids must be unique`,
    'zh-CN': (p) => `id "${p.id}" 已被 ${p.firstPath} 使用；id 必须唯一`,
  },
  'reference.missing': {
    en: (p) => `no ${KIND_NAMES.en[p.kind]} with id "${p.id}"`,
    'zh-CN': (p) => `没有 id 为 "${p.id}" 的${KIND_NAMES['zh-CN'][p.kind]}`,
  },
  'subprocess.self': {
    en: (p) => `a subprocess cannot run its own process "${p.id}"`,
    'zh-CN': (p) => `子流程不能运行自身所在的流程 "${p.id}"`,
  },
  'number.notFinite': {
    en: () => 'must be a finite number',
    'zh-CN': () => '必须是有限的数字',
  },
  'arrival.both': {
    en: () => 'an arrival has either "rate" or "interarrival", not both',
    'zh-CN': () => '到达只能写 "rate" 或 "interarrival" 之一，不能同时写',
  },
  'number.positive': {
    en: (p) => `must be greater than 0, not ${p.value}`,
    'zh-CN': (p) => `必须大于 0，而不是 ${p.value}`,
  },
  'number.nonNegative': {
    en: (p) => `must be 0 or more, not ${p.value}`,
    'zh-CN': (p) => `不能小于 0，而不是 ${p.value}`,
  },
  'number.positiveInteger': {
    en: (p) => `must be a whole number of at least 1, not ${p.value}`,
    'zh-CN': (p) => `必须是不小于 1 的整数，而不是 ${p.value}`,
  },
  'capacity.tooLarge': {
    en: (p) => `a role's capacity is at most ${p.max.toLocaleString('en')}, not ${p.value}`,
    'zh-CN': (p) => `角色人数最多为 ${p.max}，而不是 ${p.value}`,
  },
  'probability.range': {
    en: (p) => `a probability is between 0 and 1, not ${p.value}`,
    'zh-CN': (p) => `概率应在 0 到 1 之间，而不是 ${p.value}`,
  },
  'distribution.minAboveMax': {
    en: (p) => `min (${p.min}) is greater than max (${p.max})`,
    'zh-CN': (p) => `min（${p.min}）大于 max（${p.max}）`,
  },
  'distribution.modeOutside': {
    en: (p) => `mode (${p.mode}) must lie between min (${p.min}) and max (${p.max})`,
    'zh-CN': (p) => `mode（${p.mode}）必须在 min（${p.min}）与 max（${p.max}）之间`,
  },
  'time.syntax': {
    en: (p) => `"${p.value}" is not a time of day written HH:MM or HH:MM:SS (00:00 to 24:00)`,
    'zh-CN': (p) => `"${p.value}" 不是 HH:MM 或 HH:MM:SS 格式的时刻（00:00 至 24:00）`,
  },
  'time.order': {
    en: (p) => `"to" (${p.to}) must be later than "from" (${p.from})`,
    'zh-CN': (p) => `"to"（${p.to}）必须晚于 "from"（${p.from}）`,
  },
  'days.duplicate': {
    en: (p) => `"${p.day}" is listed twice`,
    'zh-CN': (p) => `"${p.day}" 重复出现`,
  },
  'date.syntax': {
    en: (p) => `"${p.value}" is not a date written YYYY-MM-DD`,
    'zh-CN': (p) => `"${p.value}" 不是 YYYY-MM-DD 格式的日期`,
  },
  'reportsTo.cycle': {
    en: (p) =>
      `the reporting line comes back to this role (${p.chain}); a role cannot report to itself, directly or through others`,
    'zh-CN': (p) => `汇报关系形成循环（${p.chain}）；角色不能直接或间接向自己汇报`,
  },
  'language.syntax': {
    en: (p) => `"${p.value}" is not a language tag such as "en" or "zh-CN"`,
    'zh-CN': (p) => `"${p.value}" 不是 "en"、"zh-CN" 这样的语言标签`,
  },
  'currency.syntax': {
    en: (p) =>
      `"${p.value}" is not a currency code such as "CNY" or "EUR" (ISO 4217, three capital letters)`,
    'zh-CN': (p) => `"${p.value}" 不是 "CNY"、"EUR" 这样的货币代码（ISO 4217，三个大写字母）`,
  },
  'condition.syntax': {
    en: (p) => `the condition cannot be read: ${p.detail}`,
    'zh-CN': (p) => `条件无法解析：${p.detail}`,
  },
};

/** Names of the places a field can be unknown in ("a task step"), for `field.unknown`. */
export const contextNames: Record<Lang, (context: string) => string> = {
  en: (context) => context,
  'zh-CN': (context) => CONTEXT_ZH[context] ?? context,
};

const CONTEXT_ZH: Record<string, string> = {
  'the document': '文档',
  'a role': '角色',
  'a calendar': '日历',
  'working hours': '工作时间段',
  'a data object': '数据对象',
  'a start step': '开始步骤',
  'an end step': '结束步骤',
  'a task step': '任务步骤',
  'a xor step': '排他网关',
  'an and step': '并行网关',
  'a timer step': '定时步骤',
  'a subprocess step': '子流程步骤',
  'a step': '步骤',
  'a position': '位置',
  raci: 'RACI',
  'an arrival': '到达设置',
  'an sla': 'SLA',
  'a flow': '连线',
  'a risk': '风险',
  'a kpi': 'KPI',
  'a revision': '修订记录',
  'the document control': '文件控制信息',
  'a related document': '相关文件',
  'a definition': '定义',
  'a data form': '表单信息',
  'the view settings': '视图设置',
  'a fixed distribution': 'fixed 分布',
  'a uniform distribution': 'uniform 分布',
  'a triangular distribution': 'triangular 分布',
  'an exponential distribution': 'exponential 分布',
  'a normal distribution': 'normal 分布',
  'a lognormal distribution': 'lognormal 分布',
  'an erlang distribution': 'erlang 分布',
  'a distribution': '分布',
  ...workshopContextNames,
  ...simulationContextNames,
};

const EXPECTED: Record<Lang, Record<JsonExpectation, string>> = {
  en: {
    value: 'a value',
    propertyName: 'a property name in double quotes',
    colon: '":"',
    commaOrBrace: '"," or "}"',
    commaOrBracket: '"," or "]"',
    endOfText: 'the end of the text',
    closingQuote: 'the closing quote of the string',
    escape: 'an escape such as \\n, \\" or \\u0041',
    digit: 'a digit',
    noControl: 'an escaped line break or tab (\\n, \\t)',
  },
  'zh-CN': {
    value: '一个值',
    propertyName: '双引号括起的字段名',
    colon: '":"',
    commaOrBrace: '"," 或 "}"',
    commaOrBracket: '"," 或 "]"',
    endOfText: '文本结束',
    closingQuote: '字符串的结束引号',
    escape: '\\n、\\" 或 \\u0041 这样的转义',
    digit: '数字',
    noControl: '转义后的换行或制表符（\\n、\\t）',
  },
};

/** The detail of a JSON syntax error: what was found (`undefined`: the end) where what was expected. Pure. */
/**
 * A character as a reader can see it: quoted, or as `U+007F` when it is invisible (control,
 * format and other non-printing characters — what a binary file starts with). Pure.
 */
export function visibleCharacter(ch: string): string {
  return /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]$/u.test(ch)
    ? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    : JSON.stringify(ch);
}

export function jsonExpectationText(
  found: string | undefined,
  expected: JsonExpectation,
  lang: Lang,
): string {
  const shown = found === undefined ? undefined : visibleCharacter(found);
  if (lang === 'zh-CN') {
    return shown === undefined
      ? `文本提前结束，此处应为${EXPECTED[lang][expected]}`
      : `此处应为${EXPECTED[lang][expected]}，却是 ${shown}`;
  }
  return shown === undefined
    ? `the text ends where ${EXPECTED.en[expected]} was expected`
    : `found ${shown} where ${EXPECTED.en[expected]} was expected`;
}
