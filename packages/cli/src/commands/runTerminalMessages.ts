import { formatMessage, type Lang, type MessageTable } from '@flowsmith/model';
import type { CaseValueType } from '@flowsmith/compiler';

type Params = {
  'run.task': { name: string; role: string };
  'run.instructions': { text: string };
  'run.cautions': Record<string, never>;
  'run.sla': { limit: string };
  'run.only': { line: string };
  'run.escalated': { name: string; limit: string };
  'run.expectNumber': Record<string, never>;
  'run.expectBoolean': Record<string, never>;
  'run.hintNumber': Record<string, never>;
  'run.hintBoolean': Record<string, never>;
  'run.hintText': Record<string, never>;
  'run.hintAny': Record<string, never>;
  'run.took': { to: string };
  'run.tookSeveral': { to: string[] };
  'run.minutes': { d: number; h: number; m: number };
  'run.dataType': { file: string; name: string; expected: string; value: string };
};

/** The words `flowsmith run` uses at a terminal and in its audit trail, in English and zh-CN. */
export const runTerminalMessages: MessageTable<Params> = {
  'run.task': { en: (p) => `▶ ${p.name} — ${p.role}`, 'zh-CN': (p) => `▶ ${p.name}（${p.role}）` },
  'run.instructions': {
    en: (p) => `  Instructions: ${p.text}`,
    'zh-CN': (p) => `  操作说明：${p.text}`,
  },
  'run.cautions': { en: () => '  Cautions:', 'zh-CN': () => '  注意事项：' },
  'run.sla': { en: (p) => `  Time limit: ${p.limit}`, 'zh-CN': (p) => `  时限：${p.limit}` },
  'run.only': {
    en: (p) => `→ the only thing to do now: ${p.line}`,
    'zh-CN': (p) => `→ 现在只有一项可做：${p.line}`,
  },
  'run.escalated': {
    en: (p) => `⚠ "${p.name}" is past its time limit (${p.limit}): escalated`,
    'zh-CN': (p) => `⚠ “${p.name}”已超过时限（${p.limit}），已升级`,
  },
  'run.expectNumber': { en: () => 'Please type a number.', 'zh-CN': () => '请输入数字。' },
  'run.expectBoolean': {
    en: () => 'Please type yes or no (true/false).',
    'zh-CN': () => '请输入“是”或“否”（true/false）。',
  },
  'run.hintNumber': { en: () => '(a number; q to stop)', 'zh-CN': () => '（数字；q 退出）' },
  'run.hintBoolean': { en: () => '(yes or no; q to stop)', 'zh-CN': () => '（是/否；q 退出）' },
  'run.hintText': { en: () => '(text; q to stop)', 'zh-CN': () => '（文字；q 退出）' },
  'run.hintAny': {
    en: () => '(a number, yes/no or text; q to stop)',
    'zh-CN': () => '（数字、是/否或文字；q 退出）',
  },
  'run.dataType': {
    en: (p) =>
      `${p.file}: "${p.name}" must be ${p.expected} (the process's conditions compare it with that), not ${p.value}`,
    'zh-CN': (p) =>
      `${p.file}：“${p.name}”应为${p.expected}（流程的条件按此比较），而不是 ${p.value}`,
  },
  'run.took': { en: (p) => `→ "${p.to}"`, 'zh-CN': (p) => `→ “${p.to}”` },
  'run.tookSeveral': {
    en: (p) => `→ ${p.to.map((t) => `"${t}"`).join(', ')}`,
    'zh-CN': (p) => `→ ${p.to.map((t) => `“${t}”`).join('、')}`,
  },
  'run.minutes': {
    en: (p) =>
      [
        p.d > 0 ? `${p.d} d` : '',
        p.h > 0 ? `${p.h} h` : '',
        p.m > 0 || p.d + p.h === 0 ? `${p.m} min` : '',
      ]
        .filter(Boolean)
        .join(' '),
    'zh-CN': (p) =>
      [
        p.d > 0 ? `${p.d} 天` : '',
        p.h > 0 ? `${p.h} 小时` : '',
        p.m > 0 || p.d + p.h === 0 ? `${p.m} 分钟` : '',
      ]
        .filter(Boolean)
        .join(' '),
  },
};

/** Renders a message of {@link runTerminalMessages}. Pure. */
export const sayRun = <C extends keyof Params>(code: C, params: Params[C], lang: Lang) =>
  formatMessage(runTerminalMessages, code, params, lang);

/** A duration in minutes as people say it: `1 d 2 h`, `1 天 2 小时`, `90 min` → `1 h 30 min`. Pure. */
export function durationText(minutes: number, lang: Lang): string {
  const total = Math.round(minutes * 100) / 100;
  const d = Math.floor(total / 1440);
  const h = Math.floor((total - d * 1440) / 60);
  const m = Math.round((total - d * 1440 - h * 60) * 100) / 100;
  return sayRun('run.minutes', { d, h, m }, lang);
}

const OUTCOMES: Record<string, { en: string; 'zh-CN': string }> = {
  started: { en: 'started', 'zh-CN': '开始' },
  completed: { en: 'completed', 'zh-CN': '完成' },
  'took-flow': { en: 'decided', 'zh-CN': '判断' },
  'took-flows': { en: 'took branches', 'zh-CN': '进入分支' },
  split: { en: 'split into parallel branches', 'zh-CN': '分为并行分支' },
  joined: { en: 'branches joined', 'zh-CN': '并行分支汇合' },
  elapsed: { en: 'wait over', 'zh-CN': '等待结束' },
  done: { en: 'done by the system', 'zh-CN': '由系统完成' },
  failed: { en: 'the system failed', 'zh-CN': '系统处理失败' },
  escalated: { en: 'time limit passed: escalated', 'zh-CN': '超过时限，已升级' },
  ended: { en: 'ended', 'zh-CN': '结束' },
};

/** An audit-trail outcome in words (`took-flow` → 判断); an outcome of the host's own is kept. Pure. */
export const outcomeText = (outcome: string, lang: Lang): string =>
  Object.hasOwn(OUTCOMES, outcome) ? OUTCOMES[outcome]![lang] : outcome;

const STATUS: Record<string, { en: string; 'zh-CN': string }> = {
  active: { en: 'running', 'zh-CN': '进行中' },
  done: { en: 'finished', 'zh-CN': '已完成' },
  stopped: { en: 'stopped', 'zh-CN': '已停止' },
  error: { en: 'failed', 'zh-CN': '出错' },
};

/** A case's status in words. Pure. */
export const statusText = (status: string, lang: Lang): string =>
  Object.hasOwn(STATUS, status) ? STATUS[status]![lang] : status;

const TYPE_WORDS: Record<CaseValueType, { en: string; 'zh-CN': string }> = {
  number: { en: 'a number', 'zh-CN': '数字' },
  string: { en: 'text', 'zh-CN': '文字' },
  boolean: { en: 'true or false', 'zh-CN': 'true 或 false' },
};

/** The types a value may have, in words: `a number or text`, `数字或文字`. Pure. */
export const typesText = (types: readonly CaseValueType[], lang: Lang): string =>
  types.map((t) => TYPE_WORDS[t][lang]).join(lang === 'zh-CN' ? '或' : ' or ');
