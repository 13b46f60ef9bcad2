import { formatMessage, type Lang, type MessageTable } from '@flowsmith/model';

const q = (name: string, lang: Lang) => (lang === 'zh-CN' ? `「${name}」` : `“${name}”`);

type Control = { control: string; evidence: string };

/** Parameters of the messages of controls, segregation of duties and RACI gaps, by code. */
export type JudgementMessageParams = {
  'duty-conflict': { role: string; a: string; b: string; pair: string; risk: string };
  'raci-gap.no-accountable': { step: string };
  'raci-gap.process-no-accountable': object;
  'raci-gap.two-accountable': { data: string; roles: string[] };
  'raci-gap.accountable-without-responsible': { step: string; role: string };
  'withheld.removes-control': Control;
  'withheld.merges-control': Control;
  'withheld.bypasses-control': Control;
  'withheld.duty-conflict': { role: string; pair: string; risk: string };
  'withheld.overloads-role': { role: string; utilization: string };
  'withheld.new-bottleneck': { role: string; utilization: string; before: string };
  'suggest.split-duties': { step: string; role: string; holder: string; pair: string };
  'suggest.keep-control.e-sign': Control & { sla: string };
  'suggest.keep-control.delegate': Control;
  'suggest.keep-control.sampling': Control;
  'suggest.keep-control.exceptions': Control;
  'keep-control.instructions.e-sign': { sla: string };
  'keep-control.instructions.delegate': object;
  'keep-control.instructions.sampling': object;
  'keep-control.instructions.exceptions': object;
};

/** The messages of src/judgement/, in English and zh-CN; part of the analysis message table. */
export const judgementMessages: MessageTable<JudgementMessageParams> = {
  'duty-conflict': {
    en: (p) =>
      `“${p.role}” both does “${p.a}” and “${p.b}” (${p.pair}): ${p.risk}. Give one of them to another role, or allow the pair in the document if the process is too small to split it.`,
    'zh-CN': (p) =>
      `「${p.role}」既做「${p.a}」又做「${p.b}」（${p.pair}）：${p.risk}。请把其中一项交给其他角色；若流程太小无法分开，可在文档中允许这一组职责。`,
  },
  'raci-gap.no-accountable': {
    en: (p) => `“${p.step}” has RACI data but no Accountable: nobody answers for its result.`,
    'zh-CN': (p) => `「${p.step}」填写了 RACI，但没有负责人（A）：无人对其结果负责。`,
  },
  'raci-gap.process-no-accountable': {
    en: () =>
      'No step names an Accountable role: nobody answers for any result of this process. Fill in RACI “A” at least on the approvals and the hand-over steps.',
    'zh-CN': () =>
      '没有任何步骤指定负责人（A）：流程的结果无人负责。请至少为审批和交接步骤填写 RACI 的“A”。',
  },
  'raci-gap.two-accountable': {
    en: (p) =>
      `“${p.data}” is produced at the same time under ${p.roles.length} Accountable roles (${p.roles.map((r) => q(r, 'en')).join(', ')}); exactly one should answer for it.`,
    'zh-CN': (p) =>
      `「${p.data}」在同一案例中被并行产出，却有 ${p.roles.length} 个负责人（A）（${p.roles.map((r) => q(r, 'zh-CN')).join('、')}），应当只有一个。`,
  },
  'raci-gap.accountable-without-responsible': {
    en: (p) =>
      `“${p.step}” names “${p.role}” as Accountable but nobody as Responsible: who does the work?`,
    'zh-CN': (p) => `「${p.step}」指定「${p.role}」为负责人（A），却没有执行人（R）：由谁来做？`,
  },
  'withheld.removes-control': {
    en: (p) => `Not offered: it removes the control “${p.control}”. ${p.evidence}`,
    'zh-CN': (p) => `不推荐：会删除控制点「${p.control}」。${p.evidence}`,
  },
  'withheld.merges-control': {
    en: (p) => `Not offered: it merges away the control “${p.control}”. ${p.evidence}`,
    'zh-CN': (p) => `不推荐：会把控制点「${p.control}」合并掉。${p.evidence}`,
  },
  'withheld.bypasses-control': {
    en: (p) => `Not offered: it lets cases bypass the control “${p.control}”. ${p.evidence}`,
    'zh-CN': (p) => `不推荐：会让案例绕过控制点「${p.control}」。${p.evidence}`,
  },
  'withheld.duty-conflict': {
    en: (p) => `Not offered: “${p.role}” would hold both duties of ${p.pair}: ${p.risk}.`,
    'zh-CN': (p) => `不推荐：「${p.role}」将同时承担「${p.pair}」两项职责：${p.risk}。`,
  },
  'withheld.overloads-role': {
    en: (p) =>
      `Not offered: it moves work onto “${p.role}”, which would be busy ${p.utilization} (above 80 %).`,
    'zh-CN': (p) =>
      `不推荐：会把工作交给「${p.role}」，其忙碌率将达 ${p.utilization}（超过 80%）。`,
  },
  'withheld.new-bottleneck': {
    en: (p) =>
      `Not offered: it moves work onto “${p.role}”, which would be busy ${p.utilization}, as much as the bottleneck today (${p.before}).`,
    'zh-CN': (p) =>
      `不推荐：会把工作交给「${p.role}」，其忙碌率将达 ${p.utilization}，不低于目前瓶颈的 ${p.before}，成为新的瓶颈。`,
  },
  'suggest.split-duties': {
    en: (p) =>
      `Give “${p.step}” to “${p.role}”, who already does such work, so that “${p.holder}” no longer holds both duties of ${p.pair}.`,
    'zh-CN': (p) =>
      `把「${p.step}」交给已在做同类工作的「${p.role}」，使「${p.holder}」不再同时承担「${p.pair}」两项职责。`,
  },
  'suggest.keep-control.e-sign': {
    en: (p) =>
      `Keep the control “${p.control}” but make it cheaper: electronic signature with an SLA of ${p.sla} and escalation to a named deputy when it runs out. ${p.evidence}`,
    'zh-CN': (p) =>
      `保留控制点「${p.control}」，但让它更省时：改为电子签批，时限 ${p.sla}，超时自动升级给指定的授权代理人。${p.evidence}`,
  },
  'suggest.keep-control.delegate': {
    en: (p) =>
      `Keep the control “${p.control}” but make it cheaper: delegation of authority by amount — a written delegation names who signs within which limits when the approver is away. ${p.evidence}`,
    'zh-CN': (p) =>
      `保留控制点「${p.control}」，但让它更省时：按金额分级授权——以书面授权书列明审批人外出时由谁、在多大金额内代为签批。${p.evidence}`,
  },
  'suggest.keep-control.sampling': {
    en: (p) =>
      `Keep the control “${p.control}” but make it cheaper: risk-based sampling — check every high-value or new-supplier case in full and a fixed sample of the rest. ${p.evidence}`,
    'zh-CN': (p) =>
      `保留控制点「${p.control}」，但让它更省时：按风险抽查——高金额或新供应商的案例全检，其余按固定比例抽检。${p.evidence}`,
  },
  'suggest.keep-control.exceptions': {
    en: (p) =>
      `Keep the control “${p.control}” but make it cheaper: let the system check each case against the remaining budget and route only the cases over budget to a person. ${p.evidence}`,
    'zh-CN': (p) =>
      `保留控制点「${p.control}」，但让它更省时：由系统自动校验预算余额，只有超出预算的案例才转人工复核。${p.evidence}`,
  },
  'keep-control.instructions.e-sign': {
    en: (p) =>
      `Sign electronically within ${p.sla}; when the time runs out the request escalates automatically to the named deputy.`,
    'zh-CN': (p) => `在 ${p.sla}内完成电子签批；超时系统自动升级给指定的授权代理人。`,
  },
  'keep-control.instructions.delegate': {
    en: () =>
      'Delegation of authority: when the approver is away, the deputy named in the written delegation signs within its amount limits.',
    'zh-CN': () => '分级授权：审批人外出时，由书面授权书指定的代理人在授权金额内代为签批。',
  },
  'keep-control.instructions.sampling': {
    en: () =>
      'Risk-based sampling: check high-value and new-supplier cases in full, and a fixed sample of the others; record which were sampled.',
    'zh-CN': () => '按风险抽查：高金额和新供应商的案例全检，其余按固定比例抽检，并记录抽检了哪些。',
  },
  'keep-control.instructions.exceptions': {
    en: () =>
      'The system checks each case against the remaining budget; only cases over budget come to this step for a manual check.',
    'zh-CN': () => '系统自动校验预算余额；只有超出预算的案例才转到本步骤人工复核。',
  },
};

/** Renders a judgement message in `lang`. Pure. */
export function judgementMessage<C extends keyof JudgementMessageParams>(
  code: C,
  params: JudgementMessageParams[C],
  lang: Lang = 'en',
): string {
  return formatMessage(judgementMessages, code, params, lang);
}

/** A name quoted as the messages quote it, “…” or 「…」. Pure. */
export function quoted(name: string, lang: Lang): string {
  return q(name, lang);
}
