import type { Lang } from '../messages/lang';
import type { ProcessDocument } from '../types/process';
import { describeDiff } from './describeDiff';
import { diffSentences, quoteNames } from './diffMessages';
import type { ProcessDiff } from './diffTypes';

/**
 * The change list as plain text for people (`flowsmith diff`): a header naming both processes,
 * one block per change group, and a summary of step changes by kind. Pure.
 */
export function formatDiff(
  diff: ProcessDiff,
  asIs: ProcessDocument,
  toBe: ProcessDocument,
  lang: Lang,
): string {
  const say = (code: string, p: { names: string; from?: string; to?: string; count?: number }) =>
    diffSentences[code]![lang](p);
  const out = [
    say('header', {
      names: '',
      from: quoteNames([asIs.name], lang),
      to: quoteNames([toBe.name], lang),
    }),
    '',
  ];
  if (diff.identical) return `${out.join('\n')}${say('identical', { names: '' })}\n`;
  let group = '';
  for (const line of describeDiff(diff, asIs, toBe, lang)) {
    if (line.group !== group) {
      if (group) out.push('');
      group = line.group;
      out.push(say('group', { names: group }));
    }
    out.push(
      `  ${line.change === 'added' ? '+' : line.change === 'removed' ? '-' : '~'} ${line.text}`,
    );
  }
  const counts = (['added', 'removed', 'changed', 'moved', 'merged'] as const)
    .map((k) => [k, diff.steps.filter((c) => c.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => say(`count.${k}`, { names: '', count: n }));
  out.push(
    '',
    say('summary', {
      names: counts.join(lang === 'zh-CN' ? '，' : ', '),
      count: diff.groups.length,
    }),
  );
  return `${out.join('\n')}\n`;
}
