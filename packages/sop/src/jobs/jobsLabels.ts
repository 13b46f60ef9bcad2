import type { Lang } from '@flowsmith/model';
import type { JobDuty } from './groupDuties';

/** Every heading and label of the job descriptions (岗位说明书), in English and zh-CN. */
export interface JobsLabels {
  jobsTitle: (process: string) => string;
  jobTitle: (role: string) => string;
  intro: (process: string, persons: number) => string;
  basics: string;
  jobName: string;
  jobCode: string;
  department: string;
  headcount: string;
  headcountValue: (n: number) => string;
  reportsTo: string;
  subordinates: string;
  process: string;
  versionDate: string;
  purpose: string;
  purposeDefault: (role: string, process: string) => string;
  duties: string;
  dutyNo: string;
  duty: string;
  dutySteps: string;
  hoursPerWeek: string;
  share: string;
  dutyNames: Record<JobDuty, string>;
  otherWork: string;
  otherWorkSteps: string;
  total: string;
  noDuties: string;
  /** The basis when members work hours of their own. */
  basisMembers: (available: string) => string;
  basis: (p: {
    perPerson: string;
    calendar: string | undefined;
    headcount: number;
    available: string;
  }) => string;
  processWithNumber: (process: string, number: string) => string;
  consultsWord: string;
  informsWord: string;
  fromOwner: string;
  volume: (cases: string) => string;
  noArrival: string;
  groupingRule: string;
  overloaded: (share: string) => string;
  relations: string;
  relationKind: string;
  relationWith: string;
  relationAbout: string;
  receivesFrom: string;
  handsTo: string;
  consults: string;
  informs: string;
  external: string;
  system: string;
  usesSystem: string;
  noRelations: string;
  permissions: string;
  signs: (steps: string) => string;
  decides: (steps: string) => string;
  notFilled: string;
  qualifications: string;
  kpis: string;
  kpi: string;
  target: string;
  kpiSource: string;
  slaKpi: (number: string, name: string) => string;
  slaTarget: (limit: string) => string;
  fromSla: string;
  fromProcess: string;
  noKpis: string;
  signatures: string;
  preparedBy: string;
  reviewedBy: string;
  approvedBy: string;
  incumbent: string;
  signHere: string;
  dateHere: string;
  interfaces: string;
  interfacesIntro: string;
  interfaceName: string;
  interfaceKind: string;
  interfaceRole: string;
  interfaceWith: string;
  kindNames: { system: string; external: string };
  none: string;
  colon: string;
  list: (items: string[]) => string;
  hours: (h: string) => string;
  stepRef: (number: string, name: string) => string;
  withData: (items: string) => string;
}

const en: JobsLabels = {
  jobsTitle: (p) => `Job descriptions: ${p}`,
  jobTitle: (r) => `Job description: ${r}`,
  intro: (p, n) =>
    `The job descriptions of the ${n} post${n === 1 ? '' : 's'} staffed by people in the process "${p}". Systems and outside parties are listed as interfaces at the end.`,
  basics: '1 Basic information',
  jobName: 'Job title',
  jobCode: 'Job code',
  department: 'Department',
  headcount: 'Headcount',
  headcountValue: (n) => `${n} ${n === 1 ? 'person' : 'people'}`,
  reportsTo: 'Reports to',
  subordinates: 'Direct reports',
  process: 'Process',
  versionDate: 'Version / effective date',
  purpose: '2 Purpose of the job',
  purposeDefault: (r, p) =>
    `${r} carries out its steps of the process "${p}" as this document describes.`,
  duties: '3 Main duties',
  dutyNo: 'No.',
  duty: 'Duty',
  dutySteps: 'Work (procedure steps)',
  hoursPerWeek: 'h a week',
  share: 'Share',
  dutyNames: {
    request: 'Raising requests',
    approve: 'Approving',
    purchase: 'Purchasing (quotes, orders)',
    receive: 'Receiving and inspecting',
    pay: 'Payments (paying, collecting)',
    record: 'Recording and bookkeeping',
    reconcile: 'Checking and reconciling',
    review: 'Reviewing',
    operate: 'Handling the case',
  },
  otherWork: 'Other work',
  otherWorkSteps: 'work outside this process',
  total: 'Total',
  noDuties: 'This post does no step of this process.',
  basisMembers: (available) =>
    `Shares are of the working time of the people in post, each on their own hours: ${available} a week in all.`,
  basis: ({ perPerson, calendar, headcount, available }) =>
    (calendar
      ? `Shares are of the working time on the post's calendar "${calendar}": `
      : 'The post has no calendar, so shares are of a standard 40-hour week: ') +
    `${perPerson} a week per person × headcount ${headcount} = ${available} a week.`,
  processWithNumber: (p, n) => `${p} (${n})`,
  consultsWord: 'consulted on',
  informsWord: 'informed of',
  fromOwner: 'process KPI (the post owns the process)',
  volume: (cases) =>
    `Hours come from the process's volume of ${cases} cases a week: visits per case × mean step time × cases a week.`,
  noArrival:
    'The process has no arrival rate, so the hours and shares of its duties are not known.',
  groupingRule:
    "Steps are grouped into duties by the analysis's duty catalogue (request, approve, purchase, receive, pay, record, reconcile; a review-kind step is reviewing); a step the catalogue does not name belongs to the duty of the post's previous step.",
  overloaded: (share) =>
    `The process's work alone takes ${share} of this post's working time: more people or a lighter process are needed.`,
  relations: '4 Working relationships',
  relationKind: 'Relationship',
  relationWith: 'With',
  relationAbout: 'About',
  receivesFrom: 'Internal: receives from',
  handsTo: 'Internal: hands over to',
  consults: 'Internal: consults',
  informs: 'Internal: informs',
  external: 'External',
  system: 'System',
  usesSystem: 'used in',
  noRelations: 'No handover with another post in this process.',
  permissions: '5 Authorities',
  signs: (steps) => `Signs off (accountable for): ${steps}`,
  decides: (steps) => `Approves: ${steps}`,
  notFilled: 'Not filled in yet (role field in the process).',
  qualifications: '6 Qualifications',
  kpis: '7 Performance indicators',
  kpi: 'Indicator',
  target: 'Target',
  kpiSource: 'Source',
  slaKpi: (n, name) => `Time to finish step ${n} (${name})`,
  slaTarget: (limit) => `≤ ${limit}`,
  fromSla: 'step time limit',
  fromProcess: 'process KPI',
  noKpis: 'No indicator in this process concerns this post.',
  signatures: '8 Signatures',
  preparedBy: 'Prepared by',
  reviewedBy: 'Reviewed by',
  approvedBy: 'Approved by',
  incumbent: 'Job holder',
  signHere: 'Signature:',
  dateHere: 'Date:',
  interfaces: 'Interfaces: systems and outside parties',
  interfacesIntro:
    'These take part in the process but are not posts of the company, so they have no job description.',
  interfaceName: 'Name',
  interfaceKind: 'Kind',
  interfaceRole: 'Steps in the process',
  interfaceWith: 'Posts it works with',
  kindNames: { system: 'system', external: 'outside party' },
  none: '—',
  colon: ': ',
  list: (items) => items.join(', '),
  hours: (h) => `${h} h`,
  stepRef: (n, name) => `${n} ${name}`,
  withData: (items) => ` (${items})`,
};

const zhCN: JobsLabels = {
  jobsTitle: (p) => `岗位说明书：${p}`,
  jobTitle: (r) => `岗位说明书：${r}`,
  intro: (p, n) =>
    `本文件为“${p}”流程中由人员担任的 ${n} 个岗位的岗位说明书；系统与外部单位不设岗位说明书，作为接口列于文末。`,
  basics: '一、基本信息',
  jobName: '岗位名称',
  jobCode: '岗位编号',
  department: '所属部门',
  headcount: '编制人数',
  headcountValue: (n) => `${n} 人`,
  reportsTo: '直接上级',
  subordinates: '直接下级',
  process: '所属流程',
  versionDate: '版本/生效日期',
  purpose: '二、岗位目的',
  purposeDefault: (r, p) => `${r}按本流程（${p}）的规定完成其负责的步骤。`,
  duties: '三、主要职责',
  dutyNo: '序号',
  duty: '职责',
  dutySteps: '工作内容（流程步骤）',
  hoursPerWeek: '每周工时（小时）',
  share: '占比',
  dutyNames: {
    request: '提出与填写申请',
    approve: '审批',
    purchase: '采购执行（询价、比价、下单）',
    receive: '收货与验收',
    pay: '付款与收款',
    record: '记账与登记',
    reconcile: '核对与对账',
    review: '审核与复核',
    operate: '业务办理',
  },
  otherWork: '其他工作',
  otherWorkSteps: '本流程以外的工作',
  total: '合计',
  noDuties: '本岗位在本流程中不负责任何步骤。',
  basisMembers: (available) => `占比按在岗人员各自的工作时间合计计算：每周共 ${available}。`,
  basis: ({ perPerson, calendar, headcount, available }) =>
    (calendar
      ? `占比按本岗位的工作日历“${calendar}”计算：`
      : '本岗位未设置工作日历，占比按标准工时每周 40 小时计算：') +
    `每人每周 ${perPerson} × 编制 ${headcount} 人 = 每周 ${available}。`,
  processWithNumber: (p, n) => `${p}（${n}）`,
  consultsWord: '征询',
  informsWord: '知会',
  fromOwner: '流程指标（本岗位为流程负责人）',
  volume: (cases) => `工时按本流程每周 ${cases} 件业务量估算：每件经过次数 × 平均用时 × 每周件数。`,
  noArrival: '本流程未设置业务量（到达率），无法估算各项职责的工时和占比。',
  groupingRule:
    '职责按分析模块的职责目录归组（申请、审批、采购、收货、付款、记账、对账；复核类步骤归“审核与复核”）；目录未覆盖的步骤并入本岗位前一步骤所属的职责。',
  overloaded: (share) => `仅本流程的工作就占本岗位工作时间的 ${share}，需增加编制或优化流程。`,
  relations: '四、工作关系',
  relationKind: '关系',
  relationWith: '对象',
  relationAbout: '内容',
  receivesFrom: '内部：接收自',
  handsTo: '内部：移交给',
  consults: '内部：征询',
  informs: '内部：知会',
  external: '外部',
  system: '系统',
  usesSystem: '用于',
  noRelations: '本流程中与其他岗位无交接。',
  permissions: '五、岗位权限',
  signs: (steps) => `签批（负责批准）：${steps}`,
  decides: (steps) => `审批：${steps}`,
  notFilled: '尚未填写（在流程的角色信息中维护）。',
  qualifications: '六、任职资格',
  kpis: '七、考核指标',
  kpi: '指标',
  target: '目标',
  kpiSource: '依据',
  slaKpi: (n, name) => `${name}（第 ${n} 步）办理时限`,
  slaTarget: (limit) => `≤ ${limit}`,
  fromSla: '步骤时限',
  fromProcess: '流程指标',
  noKpis: '本流程中没有与本岗位相关的考核指标。',
  signatures: '八、签字确认',
  preparedBy: '编制',
  reviewedBy: '审核',
  approvedBy: '批准',
  incumbent: '任职者',
  signHere: '签字：',
  dateHere: '日期：',
  interfaces: '接口：系统与外部单位',
  interfacesIntro: '以下参与本流程，但不是公司的岗位，因此不设岗位说明书。',
  interfaceName: '名称',
  interfaceKind: '类型',
  interfaceRole: '在流程中的步骤',
  interfaceWith: '对接岗位',
  kindNames: { system: '系统', external: '外部单位' },
  none: '—',
  colon: '：',
  list: (items) => items.join('、'),
  hours: (h) => `${h} 小时`,
  stepRef: (n, name) => `${n} ${name}`,
  withData: (items) => `（${items}）`,
};

/** The job-description labels by language. */
export const jobsLabels: Record<Lang, JobsLabels> = { en, 'zh-CN': zhCN };
