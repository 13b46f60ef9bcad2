/**
 * A pasted cell that could not be taken, said in the user's language with its line and column
 * ("line 2, Kind: "dance" is not a kind — use 人工/审批/审核/系统, manual/approval/review/system").
 */
import type { TFunction } from 'i18next';
import type { PasteProblem } from '../../editor/tableText';
import { EXAMPLES } from '../../editor/pasteVocabulary';
import { addFeatureStrings } from '../../i18n/featureStrings';

addFeatureStrings('paste', {
  en: {
    at: 'line {{line}}, {{column}}',
    item: '{{at}}: {{why}}',
    empty: 'every row needs a name',
    notForType: '"{{text}}" does not apply to this step type',
    type: '"{{text}}" is not a step type — use {{words}}',
    kind: '"{{text}}" is not a kind — use {{words}}',
    value: '"{{text}}" is not a value class — use {{words}}',
    duration: '"{{text}}" is not a duration — write e.g. 30分钟, 2小时, 1天, 30 min, 10-15-30',
  },
  'zh-CN': {
    at: '第 {{line}} 行“{{column}}”列',
    item: '{{at}}：{{why}}',
    empty: '每行都要有名称',
    notForType: '“{{text}}”不适用于这种步骤',
    type: '“{{text}}”不是步骤类别，请用 {{words}}',
    kind: '“{{text}}”不是任务类型，请用 {{words}}',
    value: '“{{text}}”不是价值类别，请用 {{words}}',
    duration: '“{{text}}”不是时长，请写成 30分钟、2小时、1天、30 min、10-15-30 这样的形式',
  },
});

const COLUMN_KEY = {
  name: 'table.name',
  type: 'table.type',
  role: 'table.role',
  kind: 'table.kind',
  duration: 'table.duration',
  next: 'table.next',
  value: 'table.value',
} as const;

/** One problem as a sentence: where (line and column heading) and what to write instead. */
export function pasteProblemText(t: TFunction, p: PasteProblem): string {
  const at = t('paste.at', { line: p.line, column: t(COLUMN_KEY[p.column]) });
  const text = p.text;
  let why: string;
  if (p.reason === 'empty') why = t('paste.empty');
  else if (p.reason === 'notForType') why = t('paste.notForType', { text });
  else if (p.column === 'type' || p.column === 'kind' || p.column === 'value')
    why = t(`paste.${p.column}`, { text, words: EXAMPLES[p.column] });
  else why = t('paste.duration', { text });
  return t('paste.item', { at, why });
}
