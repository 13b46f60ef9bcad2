/**
 * Every heading and label of the generated SOPs and job descriptions, in English and zh-CN (one
 * place for the package, as STYLE.md asks). Sentences with values are functions.
 */
import type { Lang } from '@flowsmith/model';

/** The words of one language. */
export interface SopLabels {
  sopTitle: (name: string) => string;
  jobsTitle: (name: string) => string;
  jobTitle: (role: string) => string;
  warningTitle: string;
  version: string;
  preparedBy: string;
  reviewedBy: string;
  approvedBy: string;
  date: string;
  purposeDefault: (name: string) => string;
  scopeText: (starts: string, ends: string, roles: string) => string;
  dutySummary: string;
  raciMatrix: string;
  raciLegend: string;
  role: string;
  duties: string;
  stepsDone: string;
  noDuties: string;
  step: string;
  description: string;
  noRecords: string;
  flowchartAlt: (name: string) => string;
  system: string;
  stepRef: (number: string, name: string) => string;
  timerText: (wait: string) => string;
  subprocessText: (id: string) => string;
  kpi: string;
  target: string;
  cycleTime: string;
  costPerCase: string;
  flowEfficiency: string;
  risk: string;
  steps: string;
  mitigation: string;
  noRisks: string;
  author: string;
  summary: string;
  noRevisions: string;
  durationRange: (min: string, mode: string, max: string) => string;
  durationMean: (mean: string) => string;
  none: string;
  colon: string;
  list: (items: string[]) => string;
  rolePurpose: string;
  rolePurposeDefault: (role: string, process: string) => string;
  capacity: string;
  timePerCase: string;
  hoursPerWeek: string;
  total: string;
  weeklyBasis: (cases: string) => string;
  noArrival: string;
  signsOff: string;
  consults: string;
  informs: string;
  roleKpis: string;
  utilization: string;
  workPerCase: string;
  slaKpi: (number: string, name: string, sla: string) => string;
  units: { s: string; min: string; h: string; d: string };
}

const en: SopLabels = {
  sopTitle: (name) => `Standard operating procedure: ${name}`,
  jobsTitle: (name) => `Job descriptions: ${name}`,
  jobTitle: (role) => `Job description: ${role}`,
  warningTitle:
    'Warning: this process has structural errors, so this document may be incomplete or wrong',
  version: 'Version',
  preparedBy: 'Prepared by',
  reviewedBy: 'Reviewed by',
  approvedBy: 'Approved by',
  date: 'Date',
  purposeDefault: (name) => `To carry out the process “${name}” the same way every time.`,
  scopeText: (starts, ends, roles) => `From “${starts}” to “${ends}”. Roles involved: ${roles}.`,
  dutySummary: 'Duties by role',
  raciMatrix: 'RACI matrix',
  raciLegend:
    'R = responsible (does the work), A = accountable (signs off), C = consulted, I = informed.',
  role: 'Role',
  duties: 'Duties',
  stepsDone: 'Steps it does (R)',
  noDuties: 'No steps of its own in this process.',
  step: 'Step',
  description: 'Description',
  noRecords: 'The process names no records.',
  flowchartAlt: (name) => `Swimlane flowchart of “${name}”`,
  system: 'System',
  stepRef: (number, name) => `step ${number} (${name})`,
  timerText: (wait) => `Wait ${wait}; nobody works on the case meanwhile.`,
  subprocessText: (id) => `Run the process “${id}” as described in its own SOP, then continue.`,
  kpi: 'Indicator',
  target: 'Target',
  cycleTime: 'Expected cycle time',
  costPerCase: 'Cost per case',
  flowEfficiency: 'Flow efficiency',
  risk: 'Risk',
  steps: 'Steps',
  mitigation: 'Contingency',
  noRisks: 'The process names no risks.',
  author: 'Author',
  summary: 'Changes',
  noRevisions: 'No revisions are recorded; this is version 1.0.',
  durationRange: (min, mode, max) => `${mode} (between ${min} and ${max})`,
  durationMean: (mean) => `about ${mean}`,
  none: '—',
  colon: ': ',
  list: (items) => items.join(', '),
  rolePurpose: 'Purpose of the role',
  rolePurposeDefault: (role, process) => `${role} carries out their part of “${process}”.`,
  capacity: 'Positions (capacity)',
  timePerCase: 'Time per case',
  hoursPerWeek: 'Hours per week (h)',
  total: 'Total',
  weeklyBasis: (cases) =>
    `Hours per week are expected at the process's arrival rate of ${cases} cases per week (visits × mean duration × cases per week).`,
  noArrival:
    'The process has no arrival rate, so hours per week cannot be estimated; times are per case.',
  signsOff: 'Signs off (accountable)',
  consults: 'Consults',
  informs: 'Informs',
  roleKpis: 'Performance indicators',
  utilization: 'Expected utilisation',
  workPerCase: 'Work per case',
  slaKpi: (number, name, sla) => `Finish step ${number} (${name}) within ${sla}`,
  units: { s: ' s', min: ' min', h: ' h', d: ' d' },
};

const zh: SopLabels = {
  sopTitle: (name) => `标准操作流程：${name}`,
  jobsTitle: (name) => `岗位说明书：${name}`,
  jobTitle: (role) => `岗位说明书：${role}`,
  warningTitle: '警告：本流程存在结构性错误，本文件可能不完整或有误',
  version: '版本',
  preparedBy: '编制',
  reviewedBy: '审核',
  approvedBy: '批准',
  date: '日期',
  purposeDefault: (name) => `规范「${name}」的操作，确保每次都按同一标准执行。`,
  scopeText: (starts, ends, roles) => `自「${starts}」起，至「${ends}」止。涉及岗位：${roles}。`,
  dutySummary: '各岗位职责',
  raciMatrix: 'RACI 矩阵',
  raciLegend: 'R = 负责执行，A = 审批/最终负责，C = 咨询，I = 知会。',
  role: '岗位',
  duties: '职责',
  stepsDone: '负责执行的步骤（R）',
  noDuties: '本流程中没有由该岗位执行的步骤。',
  step: '步骤',
  description: '说明',
  noRecords: '本流程未列出记录。',
  flowchartAlt: (name) => `「${name}」泳道流程图`,
  system: '系统',
  stepRef: (number, name) => `第${number}步（${name}）`,
  timerText: (wait) => `等待 ${wait}；期间无人处理。`,
  subprocessText: (id) => `按其标准操作流程执行子流程「${id}」，完成后继续。`,
  kpi: '指标',
  target: '目标',
  cycleTime: '预计周期时间',
  costPerCase: '单件成本',
  flowEfficiency: '流动效率',
  risk: '风险',
  steps: '步骤',
  mitigation: '应急预案',
  noRisks: '本流程未列出风险。',
  author: '修订人',
  summary: '修订内容',
  noRevisions: '尚无修订记录；本文件为 1.0 版。',
  durationRange: (min, mode, max) => `${mode}（${min} 至 ${max}）`,
  durationMean: (mean) => `约 ${mean}`,
  none: '—',
  colon: '：',
  list: (items) => items.join('、'),
  rolePurpose: '岗位目的',
  rolePurposeDefault: (role, process) => `${role}负责完成「${process}」中本岗位的工作。`,
  capacity: '编制人数（能力）',
  timePerCase: '每件用时',
  hoursPerWeek: '每周工时（小时）',
  total: '合计',
  weeklyBasis: (cases) =>
    `每周工时按流程到达率每周 ${cases} 件估算（访问次数 × 平均用时 × 每周件数）。`,
  noArrival: '本流程没有到达率，无法估算每周工时；用时按每件计。',
  signsOff: '审批（A）',
  consults: '需咨询',
  informs: '需知会',
  roleKpis: '绩效指标',
  utilization: '预计负荷率',
  workPerCase: '每件工作量',
  slaKpi: (number, name, sla) => `第${number}步（${name}）在 ${sla} 内完成`,
  units: { s: ' 秒', min: ' 分钟', h: ' 小时', d: ' 天' },
};

/** The SOP labels of each language. */
export const sopLabels: Record<Lang, SopLabels> = { en, 'zh-CN': zh };
