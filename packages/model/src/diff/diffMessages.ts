import type { Lang } from '../messages/lang';
import { fieldLabel, type LabelledRecord } from './fieldLabels';

/** Names as messages quote them: “…” in English, 「…」 in Chinese; lists joined. */
export function quoteNames(names: readonly string[], lang: Lang): string {
  return lang === 'zh-CN'
    ? names.map((n) => `「${n}」`).join('、')
    : names.map((n) => `“${n}”`).join(', ');
}

/** Labels of a field list of one record type (steps by default), in `lang`. Pure. */
export function fieldList(
  fields: readonly string[],
  lang: Lang,
  record: LabelledRecord = 'step',
): string {
  return fields.map((f) => fieldLabel(record, f, lang)).join(lang === 'zh-CN' ? '、' : ', ');
}

type P = {
  names: string;
  fields?: string;
  from?: string;
  to?: string;
  into?: string;
  count?: number;
};

/** Every sentence of the change list, by change kind, in English and Chinese. */
export const diffSentences: Record<string, Record<Lang, (p: P) => string>> = {
  'step.added': { en: (p) => `Added step ${p.names}`, 'zh-CN': (p) => `新增步骤${p.names}` },
  'step.removed': { en: (p) => `Removed step ${p.names}`, 'zh-CN': (p) => `删除步骤${p.names}` },
  'step.changed': {
    en: (p) => `Changed ${p.fields} of ${p.names}`,
    'zh-CN': (p) => `修改${p.names}的${p.fields}`,
  },
  'step.renamed': {
    en: (p) => `Renamed ${p.from} to ${p.to}`,
    'zh-CN': (p) => `将${p.from}改名为${p.to}`,
  },
  'step.moved': {
    en: (p) => `Moved ${p.names} from ${p.from} to ${p.to}`,
    'zh-CN': (p) => `将${p.names}从${p.from}移交给${p.to}`,
  },
  'step.merged': {
    en: (p) => `Merged ${p.names} into ${p.into}`,
    'zh-CN': (p) => `将${p.names}合并为${p.into}`,
  },
  'flow.added': { en: (p) => `Added flow ${p.names}`, 'zh-CN': (p) => `新增连线 ${p.names}` },
  'flow.removed': { en: (p) => `Removed flow ${p.names}`, 'zh-CN': (p) => `删除连线 ${p.names}` },
  'flow.changed': {
    en: (p) => `Changed ${p.fields} of flow ${p.names}`,
    'zh-CN': (p) => `修改连线 ${p.names} 的${p.fields}`,
  },
  'role.added': { en: (p) => `Added role ${p.names}`, 'zh-CN': (p) => `新增角色${p.names}` },
  'role.removed': { en: (p) => `Removed role ${p.names}`, 'zh-CN': (p) => `删除角色${p.names}` },
  'role.changed': {
    en: (p) => `Changed ${p.fields} of role ${p.names}`,
    'zh-CN': (p) => `修改角色${p.names}的${p.fields}`,
  },
  'no.role': { en: () => 'no role', 'zh-CN': () => '无角色' },
  identical: { en: () => 'No differences.', 'zh-CN': () => '两个流程没有差异。' },
  header: {
    en: (p) => `As-is ${p.from} → to-be ${p.to}`,
    'zh-CN': (p) => `现状${p.from} → 优化后${p.to}`,
  },
  group: { en: (p) => `Change ${p.names}`, 'zh-CN': (p) => `变更 ${p.names}` },
  summary: {
    en: (p) => `${p.count} change group${p.count === 1 ? '' : 's'}: ${p.names}`,
    'zh-CN': (p) => `共 ${p.count} 组变更：${p.names}`,
  },
  'count.added': { en: (p) => `${p.count} added`, 'zh-CN': (p) => `新增 ${p.count}` },
  'count.removed': { en: (p) => `${p.count} removed`, 'zh-CN': (p) => `删除 ${p.count}` },
  'count.changed': { en: (p) => `${p.count} changed`, 'zh-CN': (p) => `修改 ${p.count}` },
  'count.moved': { en: (p) => `${p.count} moved`, 'zh-CN': (p) => `移交 ${p.count}` },
  'count.merged': { en: (p) => `${p.count} merged`, 'zh-CN': (p) => `合并 ${p.count}` },
};
