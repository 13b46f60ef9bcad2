/**
 * The comparable form of a step name: Unicode NFKC (full-width letters, digits and brackets
 * become ordinary ones), lower case, without white space and punctuation. Chinese characters are
 * kept as they are, so `部门经理 审批` and `部门经理审批` compare equal. Pure.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

const HAN = /\p{Script=Han}/u;

/**
 * The pieces of a name two names can share: for Chinese runs, every pair of neighbouring
 * characters (Chinese has no spaces; a pair such as 审批 or 发票 is the smallest unit that
 * carries meaning); for other scripts, words of three letters or more. Pure.
 */
export function nameTokens(name: string): Set<string> {
  const out = new Set<string>();
  const text = name.normalize('NFKC').toLowerCase();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    if (word.length >= 3 && !HAN.test(word)) out.add(word);
  }
  return out;
}

/** Whether two names share at least one token of {@link nameTokens} not in `ignore`. Pure. */
export function namesOverlap(
  a: string,
  b: string,
  ignore: ReadonlySet<string> = new Set(),
): boolean {
  const tb = nameTokens(b);
  for (const t of nameTokens(a)) if (tb.has(t) && !ignore.has(t)) return true;
  return false;
}
