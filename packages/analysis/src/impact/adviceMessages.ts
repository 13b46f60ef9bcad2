import type { MessageTable } from '@flowsmith/model';

const en = (name: string) => `“${name}”`;
const zh = (name: string) => `「${name}」`;

/** Per visit and per case: "3.5 d per visit × 1.2 visits = 4.2 d per case", or one figure when each case passes once. */
type Wait = { step: string; perVisit: string; visits: string; perCase: string; share: string };

/** Parameters of the messages of delays, impact and withheld worse suggestions, by code. */
export type AdviceMessageParams = {
  'delay.signature': Wait;
  'delay.batch': Wait;
  'delay.timer': Wait;
  'delay.terms': Wait;
  'suggest.delay.sla': { step: string; from: string; to: string; approver: string };
  'suggest.delay.batch': { step: string; from: string; to: string; times: number };
  'suggest.delay.shorten': { step: string; from: string; to: string };
  'suggest.batch.cycle': { step: string; from: string; to: string; times: number; window: string };
  'suggest.delay.terms': { step: string; from: string; to: string };
  'suggest.rebalance': { step: string; from: string; to: string; utilization: string };
  'delay.sla.caution': { sla: string; approver: string };
  'withheld.makes-worse': { what: string };
  'suggest.rework-at-source': { producer: string; check: string; from: string; to: string };
  'rework.checklist.caution': { check: string };
  'suggest.shorten-step': { step: string; from: string; to: string };
};

/** The messages of delays, re-balancing, rework at the source and withheld worse suggestions, in English and zh-CN; part of the analysis message table. */
export const adviceMessages: MessageTable<AdviceMessageParams> = {
  'delay.signature': {
    en: (p) =>
      `Cases wait at ${en(p.step)} for a signature: ${p.perVisit} per visit${p.visits === '1' ? '' : ` × ${p.visits} visits = ${p.perCase} per case`}, ${p.share} of the lead time, while nobody works on them.`,
    'zh-CN': (p) =>
      `案例在${zh(p.step)}等待签字：每次 ${p.perVisit}${p.visits === '1' ? '' : ` × ${p.visits} 次 = 每个案例 ${p.perCase}`}，占周期时间的 ${p.share}，期间没有人处理。`,
  },
  'delay.batch': {
    en: (p) =>
      `Cases wait at ${en(p.step)} for the next batch run: ${p.perVisit} per visit${p.visits === '1' ? '' : ` × ${p.visits} visits = ${p.perCase} per case`}, ${p.share} of the lead time.`,
    'zh-CN': (p) =>
      `案例在${zh(p.step)}等待下一次批量处理：每次 ${p.perVisit}${p.visits === '1' ? '' : ` × ${p.visits} 次 = 每个案例 ${p.perCase}`}，占周期时间的 ${p.share}。`,
  },
  'delay.terms': {
    en: (p) =>
      `Cases wait at ${en(p.step)}, a period agreed with the other party: ${p.perVisit} per visit${p.visits === '1' ? '' : ` × ${p.visits} visits = ${p.perCase} per case`}, ${p.share} of the lead time. Only a new agreement shortens it.`,
    'zh-CN': (p) =>
      `案例在${zh(p.step)}等待，这是与对方约定的期限：每次 ${p.perVisit}${p.visits === '1' ? '' : ` × ${p.visits} 次 = 每个案例 ${p.perCase}`}，占周期时间的 ${p.share}。只有重新约定才能缩短。`,
  },
  'delay.timer': {
    en: (p) =>
      `Cases wait at ${en(p.step)}: ${p.perVisit} per visit${p.visits === '1' ? '' : ` × ${p.visits} visits = ${p.perCase} per case`}, ${p.share} of the lead time, while nobody works on them.`,
    'zh-CN': (p) =>
      `案例在${zh(p.step)}等待：每次 ${p.perVisit}${p.visits === '1' ? '' : ` × ${p.visits} 次 = 每个案例 ${p.perCase}`}，占周期时间的 ${p.share}，期间没有人处理。`,
  },
  'suggest.delay.sla': {
    en: (p) =>
      `Keep the approval, but give ${en(p.approver)} an SLA: sign electronically within ${p.to}, escalated to a deputy when it runs out; the wait at ${en(p.step)} drops from ${p.from} to at most ${p.to}.`,
    'zh-CN': (p) =>
      `保留审批，但为${zh(p.approver)}设定时限：${p.to} 内电子签字，超时自动升级给代理人；${zh(p.step)}的等待从 ${p.from} 降到最多 ${p.to}。`,
  },
  'suggest.delay.batch': {
    en: (p) =>
      `Run the batch ${p.times} times as often (or process continuously): the wait at ${en(p.step)} drops from ${p.from} to ${p.to}.`,
    'zh-CN': (p) =>
      `把批量处理的频率提高到原来的 ${p.times} 倍（或改为随到随办）：${zh(p.step)}的等待从 ${p.from} 降到 ${p.to}。`,
  },
  'suggest.batch.cycle': {
    en: (p) =>
      `Keep the batch at ${en(p.step)}, but run it ${p.times} times as often: let it go at the latest ${p.window} after the first case arrives, so cases wait ${p.to} for it instead of ${p.from}.`,
    'zh-CN': (p) =>
      `保留${zh(p.step)}的批量处理，但把频率提高到原来的 ${p.times} 倍：第一个案例到达后最迟 ${p.window} 就处理，案例的等待从 ${p.from} 降到 ${p.to}。`,
  },
  'suggest.delay.shorten': {
    en: (p) =>
      `Shorten the wait at ${en(p.step)} — agree a shorter period, or a service level with an escalation when it runs out: from ${p.from} to ${p.to}.`,
    'zh-CN': (p) =>
      `缩短${zh(p.step)}的等待——约定更短的期限，或设定服务时限并在超时后升级：从 ${p.from} 降到 ${p.to}。`,
  },
  'suggest.delay.terms': {
    en: (p) =>
      `Agree shorter terms with the other party (for example an early-payment discount); if ${en(p.step)} halves, from ${p.from} to ${p.to}, every case gains — at the price of the discount.`,
    'zh-CN': (p) =>
      `与对方协商更短的期限（例如提前付款折扣）；若${zh(p.step)}减半，从 ${p.from} 降到 ${p.to}，每个案例都会受益——代价是折扣。`,
  },
  'suggest.shorten-step': {
    en: (p) =>
      `Shorten ${en(p.step)} with a template, a checklist or automation; if that halves its work (${p.from} → ${p.to} per visit), every case gains.`,
    'zh-CN': (p) =>
      `用模板、检查清单或自动化缩短${zh(p.step)}；若其工作时间因此减半（每次 ${p.from} → ${p.to}），每个案例都会受益。`,
  },
  'suggest.rebalance': {
    en: (p) =>
      `Move ${en(p.step)} from ${en(p.from)} to ${en(p.to)}, who already does this kind of work and has slack (busy ${p.utilization} afterwards).`,
    'zh-CN': (p) =>
      `把${zh(p.step)}从${zh(p.from)}转给${zh(p.to)}：后者已在做同类工作且有余力（调整后忙碌 ${p.utilization}）。`,
  },
  'delay.sla.caution': {
    en: (p) =>
      `Sign within ${p.sla} (e-signature accepted); if not signed by then, the request escalates to ${p.approver}'s deputy.`,
    'zh-CN': (p) =>
      `请在 ${p.sla} 内签字（可电子签字）；超时未签，自动升级给${p.approver}的代理人。`,
  },
  'withheld.makes-worse': {
    en: (p) => `Not offered: it is predicted to make ${p.what} worse.`,
    'zh-CN': (p) => `不推荐：预计会使${p.what}变差。`,
  },
  'suggest.rework-at-source': {
    en: (p) =>
      `Stop the errors at the source: give ${en(p.producer)} a checklist of the reasons ${en(p.check)} sends work back, and feed every send-back reason into it; if that halves the send-backs (${p.from} → ${p.to}), fewer cases go round the loop.`,
    'zh-CN': (p) =>
      `从源头减少差错：为${zh(p.producer)}提供一份${zh(p.check)}常见退回原因的检查清单，并把每次退回的原因补充进去；若退回率因此减半（${p.from} → ${p.to}），绕回循环的案例就会减少。`,
  },
  'rework.checklist.caution': {
    en: (p) =>
      `Before handing over, go through the checklist of the reasons ${en(p.check)} sends work back.`,
    'zh-CN': (p) => `提交前，请对照${zh(p.check)}常见退回原因的检查清单逐项自查。`,
  },
};
