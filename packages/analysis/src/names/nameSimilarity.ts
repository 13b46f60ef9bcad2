/**
 * Verbs that say "check" or "approve" in either language: mapped to one marker each, so that
 * 审核发票 and 复核发票 (or "check invoice" and "verify invoice") read as the same work.
 */
const CHECK = [
  '检查',
  '审核',
  '核对',
  '复核',
  '核查',
  '查验',
  '校验',
  '确认',
  'check',
  'review',
  'verify',
  'inspect',
  'validate',
  'confirm',
];
const APPROVE = [
  '审批',
  '批准',
  '签批',
  '核准',
  '签字',
  '审定',
  'approve',
  'approval',
  'authorize',
  'authorise',
  'sign off',
];
/** Common verbs and little words that say little about what the work is; stripped. */
const FILLER = [
  '填写',
  '提交',
  '发送',
  '处理',
  '办理',
  '进行',
  '完成',
  '录入',
  '登记',
  '负责',
  '执行',
  '的',
  '并',
  '和',
  '对',
  'fill in',
  'fill',
  'submit',
  'send',
  'prepare',
  'perform',
  'process',
  'handle',
  'complete',
  'do',
  'enter',
  'record',
  'the',
  'a',
  'an',
  'of',
  'for',
  'and',
  'to',
  'in',
  'on',
  'out',
];

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One regular expression per word list, built once: Latin words must stand alone ("do" is not in
 * "document") and may take -s/-es/-ed/-ing; Chinese words have no spaces to tell, so match anywhere.
 * Longest words first, so 复核 wins over 核.
 */
function wordsPattern(words: string[]): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const latin = sorted.filter((w) => /^[a-z ]+$/.test(w)).map(escape);
  const other = sorted.filter((w) => !/^[a-z ]+$/.test(w)).map(escape);
  const parts = [];
  if (latin.length) parts.push(`(?<![a-z])(?:${latin.join('|')})(?:s|es|d|ed|ing)?(?![a-z])`);
  if (other.length) parts.push(`(?:${other.join('|')})`);
  return new RegExp(parts.join('|'), 'g');
}

const CHECKS = wordsPattern(CHECK);
const APPROVALS = wordsPattern(APPROVE);
const FILLERS = wordsPattern(FILLER);

/**
 * A step name reduced to what the work is about: lower case, check and approve verbs replaced by
 * one marker each, filler verbs and punctuation removed. Pure. `审核 发票！` → `✓发票`.
 */
export function normalizeName(name: string): string {
  let s = ` ${name.normalize('NFKC').toLowerCase()} `;
  s = s.replace(CHECKS, ' ✓ ');
  s = s.replace(APPROVALS, ' ✔ ');
  s = s.replace(FILLERS, ' ');
  return s.replace(/[\p{P}\p{S}\s]+/gu, (m) =>
    m.includes('✓') ? '✓' : m.includes('✔') ? '✔' : '',
  );
}

/** The character bigrams of a normalised name (a single character is its own gram). Pure. */
export function bigrams(normalized: string): string[] {
  const chars = [...normalized];
  if (chars.length < 2) return chars;
  const grams: string[] = [];
  for (let i = 1; i < chars.length; i++) grams.push(chars[i - 1]! + chars[i]!);
  return grams;
}

/**
 * How alike two step names are, 0..1: the Dice coefficient of the character bigrams of their
 * normalised forms (works for Chinese, which has no spaces, as well as English). Pure.
 */
export function nameSimilarity(a: string, b: string): number {
  return diceOf(bigrams(normalizeName(a)), bigrams(normalizeName(b)));
}

/** Dice coefficient of two bigram lists (as multisets). Pure. */
export function diceOf(x: string[], y: string[]): number {
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of y) {
    const c = counts.get(g) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(g, c - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}
