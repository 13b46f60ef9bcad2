/**
 * The words of the SOP as a controlled document — cover, contents, definitions, related documents,
 * the procedure table, records and forms, KPIs, page furniture — in English and zh-CN. The shared
 * words (role names, RACI, durations) stay in `messages.ts`.
 */
import type { Lang } from '@flowsmith/model';

/** The controlled-document words of one language. */
export interface DocumentLabels {
  sections: {
    purpose: string;
    scope: string;
    definitions: string;
    roles: string;
    related: string;
    flowchart: string;
    procedure: string;
    records: string;
    kpis: string;
    risks: string;
    revisions: string;
  };
  contents: string;
  documentControl: string;
  documentNumber: string;
  version: string;
  effectiveDate: string;
  preparingDepartment: string;
  departments: string;
  owner: string;
  approval: string;
  nameOrPost: string;
  signature: string;
  date: string;
  appliesTo: (departments: string) => string;
  term: string;
  meaning: string;
  noDefinitions: string;
  relatedNumber: string;
  relatedTitle: string;
  noRelated: string;
  number: string;
  node: string;
  responsible: string;
  work: string;
  output: string;
  timeLimit: string;
  expected: (duration: string) => string;
  inputs: string;
  system: string;
  signOff: string;
  consult: string;
  inform: string;
  cautions: string;
  startsAt: (name: string, arrival: string) => string;
  endsAt: (names: string[]) => string;
  /** The terminate ends: reaching one ends the whole case at once. */
  terminatesAt: (names: string[]) => string;
  stepRef: (number: string, name: string) => string;
  goTo: (ref: string) => string;
  returnTo: (ref: string) => string;
  ends: string;
  /** Where a terminate end is reached. */
  terminates: string;
  thenGo: (what: string) => string;
  parallel: (refs: string[]) => string;
  decision: (gateway: string, parts: string[]) => string;
  /** An inclusive (OR) split: one or more of the parts. */
  inclusive: (gateway: string, parts: string[]) => string;
  /** An inclusive split's default way, taken when no other applies. */
  noneApplies: (what: string) => string;
  ifThen: (label: string, what: string) => string;
  otherwise: (what: string) => string;
  waitFor: (refs: string[]) => string;
  /** After an inclusive join: only the rows that were started. */
  waitForStarted: (refs: string[]) => string;
  formNumber: string;
  keeper: string;
  retention: string;
  record: string;
  producedBy: string;
  usedBy: string;
  kpi: string;
  target: string;
  formula: string;
  period: string;
  forecast: string;
  cycleTimeFormula: string;
  costFormula: string;
  flowEfficiencyFormula: string;
  perCase: string;
  kpiNote: string;
  flowchartPart: (part: number, parts: number) => string;
  flowchartNote: string;
  /** What ends a sentence: `.` / `。`. */
  sentenceEnd: string;
  /** Page X of Y, split around the two numbers. */
  pageOf: [string, string, string];
  headerControl: (number: string, version: string) => string;
}

const en: DocumentLabels = {
  sections: {
    purpose: '1. Purpose',
    scope: '2. Scope',
    definitions: '3. Definitions',
    roles: '4. Responsibilities',
    related: '5. Related documents',
    flowchart: '6. Flowchart',
    procedure: '7. Procedure',
    records: '8. Records and forms',
    kpis: '9. Key performance indicators',
    risks: '10. Risks and contingency',
    revisions: '11. Revision history',
  },
  contents: 'Contents',
  documentControl: 'Document control',
  documentNumber: 'Document number',
  version: 'Version',
  effectiveDate: 'Effective date',
  preparingDepartment: 'Prepared by (department)',
  departments: 'Departments concerned',
  owner: 'Process owner',
  approval: 'Approval',
  nameOrPost: 'Name / post',
  signature: 'Signature',
  date: 'Date',
  appliesTo: (departments) => `This procedure applies to: ${departments}.`,
  term: 'Term',
  meaning: 'Definition',
  noDefinitions: 'This procedure uses no terms that need defining.',
  relatedNumber: 'Number',
  relatedTitle: 'Title',
  noRelated: 'This procedure refers to no other documents.',
  number: 'No.',
  node: 'Step',
  responsible: 'Role',
  work: 'Work and requirements',
  output: 'Output',
  timeLimit: 'Time limit',
  expected: (duration) => `expected ${duration}`,
  inputs: 'Inputs',
  system: 'System',
  signOff: 'Signs off',
  consult: 'Consult',
  inform: 'Inform',
  cautions: 'Cautions',
  startsAt: (name, arrival) => `The process starts at “${name}”${arrival ? ` (${arrival})` : ''}.`,
  endsAt: (names) => `It ends at ${names.map((n) => `“${n}”`).join(' or ')}.`,
  terminatesAt: (names) =>
    `It is terminated at once at ${names.map((n) => `“${n}”`).join(' or ')}: any other work still open on the case stops.`,
  stepRef: (number, name) => `step ${number} (${name})`,
  goTo: (ref) => `go to ${ref}`,
  returnTo: (ref) => `return to ${ref}`,
  ends: 'the process ends',
  terminates: 'the process is terminated (other open work on the case stops)',
  thenGo: (what) => `Then ${what}.`,
  parallel: (refs) => `start ${refs.join(' and ')} at the same time`,
  decision: (gateway, parts) => {
    const text = parts.join('; ');
    const sentence = `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    return gateway ? `${gateway}: ${sentence}` : sentence;
  },
  inclusive: (gateway, parts) =>
    `${gateway ? `${gateway}: ` : ''}Do one or more of the following, as the case requires: ${parts.join('; ')}.`,
  noneApplies: (what) => `if none of these applies, ${what}`,
  ifThen: (label, what) => `if ${label}, ${what}`,
  otherwise: (what) => `otherwise ${what}`,
  waitFor: (refs) => `Start when ${refs.join(' and ')} are all done.`,
  waitForStarted: (refs) =>
    `Start when those of ${refs.slice(0, -1).join(', ')} and ${refs.at(-1)} that were started are all done.`,
  formNumber: 'Form no.',
  keeper: 'Kept by',
  retention: 'Retention',
  record: 'Record',
  producedBy: 'Produced in',
  usedBy: 'Used in',
  kpi: 'Indicator',
  target: 'Target',
  formula: 'Formula',
  period: 'Period',
  forecast: 'Forecast (analysis)',
  cycleTimeFormula: 'mean time from start to end of a case',
  costFormula: 'Σ (time of each step × hourly cost of its role)',
  flowEfficiencyFormula: 'working time ÷ cycle time',
  perCase: 'per case',
  kpiNote:
    'Forecasts come from the process analysis (expected values at the stated arrival rate); targets are set by the process owner.',
  flowchartPart: (part, parts) => `Part ${part} of ${parts}`,
  flowchartNote:
    'The numbers in the boxes are the step numbers of section 7; a flow cut at a page edge continues on the next part.',
  sentenceEnd: '.',
  pageOf: ['Page ', ' of ', ''],
  headerControl: (number, version) => `No. ${number}   Version ${version}`,
};

const zh: DocumentLabels = {
  sections: {
    purpose: '1. 目的',
    scope: '2. 适用范围',
    definitions: '3. 定义',
    roles: '4. 职责',
    related: '5. 相关文件',
    flowchart: '6. 流程图',
    procedure: '7. 操作步骤',
    records: '8. 记录与表单',
    kpis: '9. 关键绩效指标',
    risks: '10. 风险与应急预案',
    revisions: '11. 修订记录',
  },
  contents: '目录',
  documentControl: '文件控制',
  documentNumber: '文件编号',
  version: '版本',
  effectiveDate: '生效日期',
  preparingDepartment: '编制部门',
  departments: '适用部门',
  owner: '流程负责人',
  approval: '审批',
  nameOrPost: '姓名/岗位',
  signature: '签字',
  date: '日期',
  appliesTo: (departments) => `本程序适用于：${departments}。`,
  term: '术语',
  meaning: '定义',
  noDefinitions: '本程序无需特别定义的术语。',
  relatedNumber: '文件编号',
  relatedTitle: '文件名称',
  noRelated: '本程序未引用其他文件。',
  number: '序号',
  node: '节点',
  responsible: '责任人',
  work: '工作内容与要求',
  output: '输出',
  timeLimit: '时限',
  expected: (duration) => `预计 ${duration}`,
  inputs: '输入',
  system: '系统',
  signOff: '审批',
  consult: '咨询',
  inform: '知会',
  cautions: '注意事项',
  startsAt: (name, arrival) => `流程自「${name}」开始${arrival ? `（${arrival}）` : ''}。`,
  endsAt: (names) => `至${names.map((n) => `「${n}」`).join('或')}结束。`,
  terminatesAt: (names) =>
    `到达${names.map((n) => `「${n}」`).join('或')}时流程立即终止，尚未完成的其他工作随即停止。`,
  stepRef: (number, name) => `第${number}步（${name}）`,
  goTo: (ref) => `转至${ref}`,
  returnTo: (ref) => `退回${ref}`,
  ends: '流程结束',
  terminates: '流程终止（其他未完成的工作随即停止）',
  thenGo: (what) => `完成后${what}。`,
  parallel: (refs) => `同时开始${refs.join('和')}`,
  decision: (gateway, parts) => `${gateway ? `${gateway}：` : ''}${parts.join('；')}。`,
  inclusive: (gateway, parts) =>
    `${gateway ? `${gateway}：` : ''}根据情况执行以下一项或多项：${parts.join('；')}。`,
  noneApplies: (what) => `以上均不适用时${what}`,
  ifThen: (label, what) => `如${label}，则${what}`,
  otherwise: (what) => `否则${what}`,
  waitFor: (refs) => `待${refs.join('和')}均完成后开始。`,
  waitForStarted: (refs) =>
    `待${refs.slice(0, -1).join('、')}和${refs.at(-1)}中已启动的各步均完成后开始。`,
  formNumber: '表单编号',
  keeper: '保存部门',
  retention: '保存期限',
  record: '记录名称',
  producedBy: '产生于',
  usedBy: '使用于',
  kpi: '指标',
  target: '目标',
  formula: '计算公式',
  period: '统计周期',
  forecast: '预测（分析）',
  cycleTimeFormula: '每件从开始到结束的平均用时',
  costFormula: 'Σ（各步骤用时 × 岗位小时成本）',
  flowEfficiencyFormula: '实际作业时间 ÷ 周期时间',
  perCase: '每件',
  kpiNote: '预测值来自流程分析（按设定的到达率计算的期望值）；目标由流程负责人设定。',
  flowchartPart: (part, parts) => `第 ${part} 部分，共 ${parts} 部分`,
  flowchartNote: '框内数字为第 7 章的步骤序号；在页边截断的连线接续到下一部分。',
  sentenceEnd: '。',
  pageOf: ['第 ', ' 页  共 ', ' 页'],
  headerControl: (number, version) => `文件编号：${number}\u3000版本：${version}`,
};

/** The controlled-document labels of each language. */
export const documentLabels: Record<Lang, DocumentLabels> = { en, 'zh-CN': zh };
