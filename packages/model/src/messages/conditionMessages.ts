import type { MessageTable } from './lang';

/** Parameters of each syntax-error message; `column` is 1-based, in characters (code points). */
export type ConditionSyntaxParams = {
  empty: { column: number };
  'unexpected-character': { column: number; text: string };
  'unexpected-token': { column: number; text: string };
  'expected-value': { column: number; after: string };
  'missing-quote': { column: number };
  'bad-escape': { column: number; text: string };
  'bad-number': { column: number; text: string };
  'single-equals': { column: number };
  'missing-paren': { column: number; open: number };
  'chained-comparison': { column: number; op: string };
  'too-deep': { column: number; max: number };
};

/** Parameters of each evaluation-error message. */
export type ConditionEvaluationParams = {
  'missing-name': { name: string };
  'unsupported-value': { name: string; kind: string };
  'type-mismatch': { op: string; left: string; right: string };
  'not-ordered': { op: string; kind: string };
  'not-boolean': { what: string; kind: string };
};

/** Parameters of each condition-language message, by code. */
export type ConditionMessageParams = ConditionSyntaxParams & ConditionEvaluationParams;

/** The codes of syntax errors. */
export type ConditionSyntaxCode = keyof ConditionSyntaxParams;
/** The codes of evaluation errors. */
export type ConditionEvaluationCode = keyof ConditionEvaluationParams;

/** The codes of condition-language errors. */
export type ConditionErrorCode = keyof ConditionMessageParams;

const withArticle = (kind: string): string => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);
const kindZh = (kind: string): string =>
  ({
    number: '数字',
    string: '字符串',
    boolean: '布尔值',
    object: '对象',
    array: '数组',
    missing: '缺失值',
  })[kind] ?? kind;

/** Every message of the condition language, in English and Chinese. */
export const conditionMessages: MessageTable<ConditionMessageParams> = {
  empty: {
    en: () => 'the condition is empty: write one such as amount > 1000',
    'zh-CN': () => '条件为空：请写一个条件，例如 amount > 1000',
  },
  'unexpected-character': {
    en: (p) => `unexpected character '${p.text}' at column ${p.column}`,
    'zh-CN': (p) => `第 ${p.column} 列出现无法识别的字符 '${p.text}'`,
  },
  'unexpected-token': {
    en: (p) => `unexpected '${p.text}' at column ${p.column}`,
    'zh-CN': (p) => `第 ${p.column} 列出现意外的 '${p.text}'`,
  },
  'expected-value': {
    en: (p) => `expected a value after '${p.after}' at column ${p.column}`,
    'zh-CN': (p) => `第 ${p.column} 列：'${p.after}' 后面缺少一个值`,
  },
  'missing-quote': {
    en: (p) => `missing closing quote for the string that starts at column ${p.column}`,
    'zh-CN': (p) => `第 ${p.column} 列开始的字符串缺少结束引号`,
  },
  'bad-escape': {
    en: (p) => `unknown escape '${p.text}' at column ${p.column}: use \\\\, \\', \\", \\n or \\t`,
    'zh-CN': (p) => `第 ${p.column} 列的转义 '${p.text}' 无法识别：可用 \\\\、\\'、\\"、\\n 或 \\t`,
  },
  'bad-number': {
    en: (p) => `'${p.text}' at column ${p.column} is not a number`,
    'zh-CN': (p) => `第 ${p.column} 列的 '${p.text}' 不是有效的数字`,
  },
  'single-equals': {
    en: (p) => `'=' at column ${p.column}: write '==' to compare`,
    'zh-CN': (p) => `第 ${p.column} 列的 '='：比较相等请写 '=='`,
  },
  'missing-paren': {
    en: (p) => `missing ')' at column ${p.column} to close the '(' at column ${p.open}`,
    'zh-CN': (p) => `第 ${p.column} 列缺少 ')'，无法闭合第 ${p.open} 列的 '('`,
  },
  'chained-comparison': {
    en: (p) =>
      `comparisons cannot be chained: '${p.op}' at column ${p.column}; join them with 'and'`,
    'zh-CN': (p) => `第 ${p.column} 列的 '${p.op}'：比较不能连写，请用 and 连接两个比较`,
  },
  'too-deep': {
    en: (p) => `the condition nests more than ${p.max} levels deep at column ${p.column}`,
    'zh-CN': (p) => `第 ${p.column} 列：条件嵌套超过 ${p.max} 层`,
  },
  'missing-name': {
    en: (p) => `the case has no data named '${p.name}'`,
    'zh-CN': (p) => `案例数据中没有 '${p.name}'`,
  },
  'unsupported-value': {
    en: (p) => `data '${p.name}' is ${withArticle(p.kind)}, not a number, string or true/false`,
    'zh-CN': (p) => `数据 '${p.name}' 是${kindZh(p.kind)}，不是数字、字符串或布尔值`,
  },
  'type-mismatch': {
    en: (p) => `cannot compare ${withArticle(p.left)} with ${withArticle(p.right)} using '${p.op}'`,
    'zh-CN': (p) => `不能用 '${p.op}' 比较${kindZh(p.left)}和${kindZh(p.right)}`,
  },
  'not-ordered': {
    en: (p) => `'${p.op}' cannot order ${p.kind} values: use '==' or '!='`,
    'zh-CN': (p) => `'${p.op}' 不能比较${kindZh(p.kind)}的大小：请用 '==' 或 '!='`,
  },
  'not-boolean': {
    en: (p) => `'${p.what}' must be true or false here, but is ${withArticle(p.kind)}`,
    'zh-CN': (p) => `'${p.what}' 在此处必须是 true 或 false，实际是${kindZh(p.kind)}`,
  },
};
