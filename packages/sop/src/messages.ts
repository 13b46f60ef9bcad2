/**
 * Every heading and label of the generated SOPs and job descriptions, in English and zh-CN (one
 * place for the package, as STYLE.md asks). Sentences with values are functions.
 */
import type { Lang } from '@flowsmith/model';

/** The words of one language. */
export interface SopLabels {
  sopTitle: (name: string) => string;
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
  stepsDone: string;
  noDuties: string;
  step: string;
  description: string;
  noRecords: string;
  flowchartAlt: (name: string) => string;
  stepRef: (number: string, name: string) => string;
  timerText: (wait: string) => string;
  subprocessText: (id: string) => string;
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
  units: { s: string; min: string; h: string; d: string };
}

const en: SopLabels = {
  sopTitle: (name) => `Standard operating procedure: ${name}`,
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
  stepsDone: 'Steps it does (R)',
  noDuties: 'No steps of its own in this process.',
  step: 'Step',
  description: 'Description',
  noRecords: 'The process names no records.',
  flowchartAlt: (name) => `Swimlane flowchart of “${name}”`,
  stepRef: (number, name) => `step ${number} (${name})`,
  timerText: (wait) => `Wait ${wait}; nobody works on the case meanwhile.`,
  subprocessText: (id) => `Run the process “${id}” as described in its own SOP, then continue.`,
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
  units: { s: ' s', min: ' min', h: ' h', d: ' d' },
};

const zh: SopLabels = {
  sopTitle: (name) => `标准操作流程：${name}`,
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
  stepsDone: '负责执行的步骤（R）',
  noDuties: '本流程中没有由该岗位执行的步骤。',
  step: '步骤',
  description: '说明',
  noRecords: '本流程未列出记录。',
  flowchartAlt: (name) => `「${name}」泳道流程图`,
  stepRef: (number, name) => `第${number}步（${name}）`,
  timerText: (wait) => `等待 ${wait}；期间无人处理。`,
  subprocessText: (id) => `按其标准操作流程执行子流程「${id}」，完成后继续。`,
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
  units: { s: ' 秒', min: ' 分钟', h: ' 小时', d: ' 天' },
};

/** The SOP labels of each language. */
export const sopLabels: Record<Lang, SopLabels> = { en, 'zh-CN': zh };
