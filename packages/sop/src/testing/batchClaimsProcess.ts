/**
 * A claims process that uses what issue 18 added, for the SOP's and the job descriptions' golden
 * files: an inclusive (OR) split and join, a terminate end, a weekly batch payment on a schedule
 * calendar, steps that change the case data, a post with named members (one faster, one part
 * time) and a priority queue. Test support only.
 */
import { FORMAT_ID, FORMAT_VERSION, type ProcessDocument } from '@flowsmith/model';

/** The claims process (zh-CN). Pure. */
export function batchClaimsProcess(): ProcessDocument {
  return {
    format: FORMAT_ID,
    version: FORMAT_VERSION,
    id: 'batch-claims',
    name: '理赔处理',
    language: 'zh-CN',
    description: '受理客户理赔申请，按需要进行医疗审核和现场查勘，审批后每周集中赔付。',
    owner: 'manager',
    documentControl: { number: 'QP-CLM-001', version: '1.0', effectiveDate: '2026-12-20' },
    calendars: [
      {
        id: 'office',
        name: '工作时间（周一至周五 9:00–17:00）',
        week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
      },
      {
        id: 'mornings',
        name: '上午班（周一至周五 9:00–13:00）',
        week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '13:00' }],
      },
      {
        id: 'payRun',
        name: '赔付批次（每周五 14:00）',
        week: [{ days: ['fri'], from: '14:00', to: '14:30' }],
      },
    ],
    roles: [
      {
        id: 'clerk',
        name: '理赔专员',
        calendar: 'office',
        costPerHour: 120,
        department: '理赔部',
        reportsTo: 'manager',
        queue: 'priority',
        members: [
          { id: 'zhang', name: '张敏' },
          { id: 'li', name: '李强', speed: 1.25 },
          { id: 'wang', name: '王芳', calendar: 'mornings' },
        ],
      },
      {
        id: 'expert',
        name: '医疗审核员',
        capacity: 1,
        calendar: 'office',
        costPerHour: 200,
        department: '理赔部',
        reportsTo: 'manager',
      },
      {
        id: 'surveyor',
        name: '查勘员',
        capacity: 3,
        calendar: 'office',
        costPerHour: 150,
        department: '理赔部',
        reportsTo: 'manager',
      },
      {
        id: 'manager',
        name: '理赔经理',
        capacity: 1,
        calendar: 'office',
        costPerHour: 300,
        department: '理赔部',
      },
      { id: 'cashier', name: '出纳', capacity: 1, calendar: 'office', department: '财务部' },
    ],
    simulation: { priorities: [{ condition: 'amount > 50000', priority: 2 }] },
    steps: [
      {
        id: 'start',
        type: 'start',
        name: '收到理赔申请',
        arrival: { rate: { count: 12, per: 'day' }, calendar: 'office' },
      },
      {
        id: 'register',
        type: 'task',
        name: '受理登记',
        role: 'clerk',
        duration: { dist: 'triangular', min: 5, mode: 10, max: 20 },
        sets: { registered: true, rounds: { add: 1 } },
      },
      { id: 'checks', type: 'or', name: '需要哪些审核' },
      {
        id: 'medical',
        type: 'task',
        name: '医疗审核',
        role: 'expert',
        kind: 'review',
        duration: { dist: 'fixed', value: 30 },
      },
      {
        id: 'survey',
        type: 'task',
        name: '现场查勘',
        role: 'surveyor',
        duration: { dist: 'fixed', value: 60 },
        sets: { loss: { dist: 'normal', mean: 8000, sd: 2000 } },
      },
      {
        id: 'docCheck',
        type: 'task',
        name: '单证核对',
        role: 'clerk',
        duration: { dist: 'fixed', value: 15 },
      },
      { id: 'checked', type: 'or', name: '审核完成' },
      {
        id: 'approve',
        type: 'task',
        name: '理赔审批',
        role: 'manager',
        kind: 'approval',
        duration: { dist: 'fixed', value: 10 },
        sets: { approved: { choice: { 同意: 0.9, 拒赔: 0.1 } } },
      },
      { id: 'decision', type: 'xor', name: '审批结果' },
      { id: 'rejected', type: 'end', name: '拒赔，流程终止', terminate: true },
      {
        id: 'pay',
        type: 'task',
        name: '集中赔付',
        role: 'cashier',
        duration: { dist: 'fixed', value: 20 },
        batch: { schedule: 'payRun', size: 20, window: { value: 3, unit: 'd' }, perCase: 0.1 },
      },
      { id: 'end', type: 'end', name: '赔付完成' },
    ],
    flows: [
      { id: 'f1', from: 'start', to: 'register' },
      { id: 'f2', from: 'register', to: 'checks' },
      {
        id: 'f3',
        from: 'checks',
        to: 'medical',
        label: '涉及人身伤害',
        condition: 'injury',
        probability: 0.3,
      },
      {
        id: 'f4',
        from: 'checks',
        to: 'survey',
        label: '金额 > 5万',
        condition: 'amount > 50000',
        probability: 0.2,
      },
      { id: 'f5', from: 'checks', to: 'docCheck', default: true },
      { id: 'f6', from: 'medical', to: 'checked' },
      { id: 'f7', from: 'survey', to: 'checked' },
      { id: 'f8', from: 'docCheck', to: 'checked' },
      { id: 'f9', from: 'checked', to: 'approve' },
      { id: 'f10', from: 'approve', to: 'decision' },
      {
        id: 'f11',
        from: 'decision',
        to: 'rejected',
        label: '拒赔',
        condition: 'approved == "拒赔"',
      },
      { id: 'f12', from: 'decision', to: 'pay', default: true },
      { id: 'f13', from: 'pay', to: 'end' },
    ],
  };
}
