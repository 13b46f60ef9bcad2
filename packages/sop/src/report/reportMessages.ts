import type { Lang } from '@flowsmith/model';

/** Every fixed text of the comparison report, in English and Chinese. */
export interface ReportLabels {
  title: (asIs: string, toBe: string) => string;
  intro: (asIs: string, toBe: string) => string;
  headline: (cycle: string, cost: string) => string;
  why: string;
  kpis: string;
  kpiNote: string;
  simulated: string;
  simulatedNote: (replications: number, cases: number, seed: number) => string;
  difference: string;
  significant: string;
  yes: string;
  no: string;
  attribution: string;
  attributionNote: string;
  /** Said when the process is too large for the left-out column (see attributeChanges). */
  attributionAloneOnly: string;
  change: string;
  changes: string;
  changesNote: string;
  rationale: string;
  maps: string;
  asIsMap: string;
  toBeMap: string;
  legend: string;
  status: Record<'added' | 'removed' | 'changed' | 'moved' | 'merged', string>;
  /** How each status is drawn on the maps, for a legend in words. */
  outline: Record<'added' | 'removed' | 'changed' | 'moved' | 'merged', string>;
  timelines: string;
  timelineNote: string;
  typicalCase: (name: string) => string;
  simulatedCase: (name: string, caseId: number) => string;
  simulatedCaseHeading: string;
  none: string;
  sim: Record<string, string>;
  utilization: (role: string) => string;
}

/** The report's labels by language. */
export const reportLabels: Record<Lang, ReportLabels> = {
  en: {
    title: (a, b) => `Process comparison: ${a} → ${b}`,
    intro: (a, b) => `What we do today (${a}), what we will do (${b}), and what it buys us.`,
    headline: (c, k) => `Predicted cycle time ${c}; cost per case ${k}.`,
    why: 'Why',
    kpis: 'Key figures (analytic)',
    kpiNote: 'Analytic estimates (flow maths and queueing formulas), per case, times as means.',
    simulated: 'Simulated figures',
    simulatedNote: (r, c, s) =>
      `${r} paired replications of ${c} cases each (seed ${s}, common random numbers); differences with 95 % confidence intervals.`,
    difference: 'Difference (95 % CI)',
    significant: 'Significant',
    yes: 'yes',
    no: 'no',
    attribution: 'What each change contributes',
    attributionNote:
      'Each change applied alone to the as-is, and left out of the to-be. The interaction is the total minus the sum of the changes alone: what the changes do only together.',
    attributionAloneOnly:
      'The process is large (over 5,000 steps in the two versions together), so only each change alone is computed; the left-out figures are not (—).',
    change: 'Change',
    changes: 'Changes',
    changesNote: 'Steps are matched by id, then by name, then by their place in the flow.',
    rationale: 'Rationale',
    maps: 'Process maps',
    asIsMap: 'As-is',
    toBeMap: 'To-be',
    legend: 'Outlines',
    status: {
      added: 'added',
      removed: 'removed',
      changed: 'changed',
      moved: 'moved to another role',
      merged: 'merged',
    },
    outline: {
      added: 'green outline',
      removed: 'red dashed outline',
      changed: 'orange outline',
      moved: 'purple outline',
      merged: 'blue outline',
    },
    timelines: 'Role timelines',
    timelineNote:
      'One case through the process, a row per role: hatched is waiting, solid is working, red outlines the critical path.',
    typicalCase: (n) => `Typical case: ${n}`,
    simulatedCase: (n, c) => `Simulated case ${c}: ${n}`,
    simulatedCaseHeading: 'One simulated case',
    none: '—',
    sim: {
      'cycleTime.mean': 'Cycle time (mean)',
      'cycleTime.p90': 'Cycle time (90th percentile)',
      waitingTime: 'Waiting per case',
      workingTime: 'Work per case',
      costPerCase: 'Cost per case',
      'wip.mean': 'Cases in progress (mean)',
    },
    utilization: (r) => `Utilisation: ${r}`,
  },
  'zh-CN': {
    title: (a, b) => `流程对比：${a} → ${b}`,
    intro: (a, b) => `现在怎么做（${a}），将来怎么做（${b}），以及带来什么改善。`,
    headline: (c, k) => `预计周期时间${c}；单件成本${k}。`,
    why: '优化思路',
    kpis: '关键指标（解析估算）',
    kpiNote: '解析估算（流量计算与排队公式），按每件计，时间为平均值。',
    simulated: '仿真指标',
    simulatedNote: (r, c, s) =>
      `${r} 组配对重复运行，每组 ${c} 件（随机种子 ${s}，共同随机数）；差值给出 95% 置信区间。`,
    difference: '差值（95% 置信区间）',
    significant: '显著',
    yes: '是',
    no: '否',
    attribution: '各项变更的贡献',
    attributionNote:
      '每项变更单独应用于现状，以及从优化方案中去掉该项。交互作用 = 合计 − 各项单独效果之和，即只有同时实施才产生的效果。',
    attributionAloneOnly:
      '流程较大（两个版本合计超过 5000 个步骤），因此只计算每项变更单独的效果，不计算“去掉该项”的效果（显示为 —）。',
    change: '变更',
    changes: '变更清单',
    changesNote: '步骤先按编号匹配，再按名称，最后按其在流程中的位置。',
    rationale: '理由',
    maps: '流程图',
    asIsMap: '现状',
    toBeMap: '优化后',
    legend: '标记',
    status: {
      added: '新增',
      removed: '删除',
      changed: '修改',
      moved: '移交其他角色',
      merged: '合并',
    },
    outline: {
      added: '绿色框',
      removed: '红色虚线框',
      changed: '橙色框',
      moved: '紫色框',
      merged: '蓝色框',
    },
    timelines: '角色时间线',
    timelineNote: '一件业务走完流程，每个角色一行：斜线为等待，实色为作业，红框为关键路径。',
    typicalCase: (n) => `典型案例：${n}`,
    simulatedCase: (n, c) => `仿真案例 ${c}：${n}`,
    simulatedCaseHeading: '一件仿真业务',
    none: '—',
    sim: {
      'cycleTime.mean': '平均周期时间',
      'cycleTime.p90': '周期时间（90 分位）',
      waitingTime: '每件等待时间',
      workingTime: '每件作业时间',
      costPerCase: '单件成本',
      'wip.mean': '在制件数（平均）',
    },
    utilization: (r) => `利用率：${r}`,
  },
};
