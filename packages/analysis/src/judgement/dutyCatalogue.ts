import type { Duty, Lang, TaskStep } from '@flowsmith/model';

/** Two duties one role should not hold, and the risk in words. */
export interface DutyPair {
  /** `"<duty>/<duty>"`, as a document's `allowedDutyPairs` names it. */
  id: `${Duty}/${Duty}`;
  duties: [Duty, Duty];
  /** The two duties in words, as messages name the pair. */
  name: Record<Lang, string>;
  /** What can go wrong when one role holds both. */
  risk: Record<Lang, string>;
}

/** The incompatible duties (COSO segregation of duties), as data. */
export const DUTY_PAIRS: readonly DutyPair[] = [
  {
    id: 'request/approve',
    duties: ['request', 'approve'],
    name: { en: 'requesting and approving', 'zh-CN': '申请与审批' },
    risk: { en: 'they can approve their own request', 'zh-CN': '可以批准自己提出的申请' },
  },
  {
    id: 'approve/purchase',
    duties: ['approve', 'purchase'],
    name: { en: 'approving and purchasing', 'zh-CN': '审批与采购' },
    risk: {
      en: 'the approver picks the supplier and places the order unchecked',
      'zh-CN': '审批人自己选供应商、下订单，无人制衡',
    },
  },
  {
    id: 'purchase/receive',
    duties: ['purchase', 'receive'],
    name: { en: 'purchasing and receiving', 'zh-CN': '采购与收货' },
    risk: {
      en: 'the buyer can confirm receipt of goods that never came',
      'zh-CN': '采购可以确认从未到货的货物已收到',
    },
  },
  {
    id: 'receive/pay',
    duties: ['receive', 'pay'],
    name: { en: 'receiving and paying', 'zh-CN': '收货与付款' },
    risk: {
      en: 'whoever confirms receipt also releases the money',
      'zh-CN': '确认收货的人同时放款',
    },
  },
  {
    id: 'record/reconcile',
    duties: ['record', 'reconcile'],
    name: { en: 'recording and reconciling', 'zh-CN': '记账与对账' },
    risk: {
      en: 'whoever books the entries also checks them, so errors and fraud stay hidden',
      'zh-CN': '记账的人自己对账，差错和舞弊难以发现',
    },
  },
];

// Recognised from the step's name (zh-CN and English); the kind adds approve.
const DUTY_NAMES: Array<[Duty, RegExp]> = [
  [
    'request',
    /申请|提出|发起|提交.*(?:单|需求)|填写.*(?:单|表)|报销单|\brequest|requisition|submit|raise (?:a |the )?(?:claim|request|need)/i,
  ],
  ['approve', /审批|批准|签批|核准|approv|sign[- ]off|authori[sz]/i],
  [
    'purchase',
    /下单|采购订单|下达订单|询价|比价|选择供应商|选定供应商|purchase order|place (?:the )?order|\bRFQ\b|request for quot|select (?:a |the )?supplier|supplier selection|sourcing/i,
  ],
  [
    'receive',
    /收货|验收|到货|入库|goods receipt|receiving|receiv\w* (?:\w+ ){0,2}(?:goods|deliver\w*|shipment|items)|inspect\w* (?:\w+ ){0,2}(?:goods|deliver\w*|shipment|items)|\bGRN\b/i,
  ],
  ['pay', /付款|支付|打款|放款|payment|\bpay\b|pay run|disburse/i],
  [
    'record',
    /记账|入账|过账|凭证|登记台账|post(?:ing)? (?:to |the )?(?:ledger|journal|GL)|journal entr|book(?:ing)? (?:the )?(?:invoice|entry|entries)|record (?:the )?(?:transaction|invoice|entry|entries)/i,
  ],
  ['reconcile', /对账|调节表|余额核对|reconcil/i],
];

/** The duties a review (a check, not a decision or a transaction) can perform. */
const REVIEW_DUTIES: ReadonlySet<Duty> = new Set(['receive', 'reconcile']);

/**
 * The duties a task performs, from its kind and its name: an approval only approves (审批申请,
 * 复核比价), a review only receives (inspecting a delivery) or reconciles; other tasks do what
 * their name says. Pure.
 */
export function dutiesOf(step: TaskStep): Duty[] {
  let duties = known.get(step);
  if (duties) return duties;
  // Approving the quotes is approving, not buying; a review can only be receiving or reconciling.
  const allowed = step.kind === 'review' ? REVIEW_DUTIES : undefined;
  duties =
    step.kind === 'approval'
      ? ['approve']
      : DUTY_NAMES.filter(
          ([duty, pattern]) => (!allowed || allowed.has(duty)) && pattern.test(step.name),
        ).map(([duty]) => duty);
  known.set(step, duties);
  return duties;
}

// Steps are never mutated (commands build new ones), so their duties can be remembered.
const known = new WeakMap<TaskStep, Duty[]>();
