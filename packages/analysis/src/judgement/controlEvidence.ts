import type { Lang } from '@flowsmith/model';
import type { ControlReason } from './controlsOf';

/** What the evidence sentence of a control names. */
export interface ControlFacts {
  step: string;
  /** The threshold condition or its label, for `threshold`. */
  condition: string;
  role: { name: string; level: number };
  /** The earlier approval of lower authority, for `authority`. */
  earlier?: { step: string; name: string; level: number } | undefined;
}

const PHRASES: Record<ControlReason, Record<Lang, (f: ControlFacts) => string>> = {
  marked: { en: () => 'it is marked as a control', 'zh-CN': () => '已标记为控制点' },
  threshold: {
    en: (f) => `it is required only when ${f.condition} (an authority limit)`,
    'zh-CN': (f) => `仅在「${f.condition}」时才需要（授权额度）`,
  },
  authority: {
    en: (f) =>
      `“${f.role.name}” (authority ${f.role.level}) signs after “${f.earlier?.name}” (authority ${f.earlier?.level}) approved in “${f.earlier?.step}”`,
    'zh-CN': (f) =>
      `「${f.role.name}」（权限级别 ${f.role.level}）在「${f.earlier?.name}」（权限级别 ${f.earlier?.level}）于「${f.earlier?.step}」批准之后签批`,
  },
  legal: { en: () => 'it is a legal or compliance review', 'zh-CN': () => '属于法务/合规审核' },
  budget: {
    en: () => 'it checks the spending against the approved budget (budgetary control)',
    'zh-CN': () => '核对支出是否在已批准的预算之内（预算控制）',
  },
  receiving: {
    en: () => 'it checks what arrived against the order (receiving)',
    'zh-CN': () => '核对到货与订单是否一致（收货验收）',
  },
  matching: {
    en: () => 'it matches order, receipt and invoice (three-way match)',
    'zh-CN': () => '核对订单、入库单与发票三者一致（三单匹配）',
  },
  reconciliation: {
    en: () => 'it reconciles the records with an independent source',
    'zh-CN': () => '将账目与独立来源核对（对账）',
  },
};

/** The sentence saying why a step is a control, in both languages. Pure. */
export function controlEvidence(
  reasons: ControlReason[],
  facts: ControlFacts,
): Record<Lang, string> {
  const en = reasons.map((r) => PHRASES[r].en(facts)).join('; ');
  const zh = reasons.map((r) => PHRASES[r]['zh-CN'](facts)).join('；');
  return {
    en: `“${facts.step}” is a control: ${en}.`,
    'zh-CN': `「${facts.step}」是控制点：${zh}。`,
  };
}
