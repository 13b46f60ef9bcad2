import type { Lang } from '@flowsmith/model';

/** A figure's move for the headline: its name and its before and after as read. */
export interface HeadlineMove {
  name: string;
  from: string;
  to: string;
  /** `−45%`, or '' when the relative change is unknown. */
  relative: string;
  direction: 'down' | 'up' | 'same';
}

/** Every fixed text of the report's first page and grouped change list, in English and Chinese. */
export interface ExecutiveLabels {
  title: (process: string) => string;
  subtitle: (asIs: string, toBe: string) => string;
  headline: (moves: readonly HeadlineMove[]) => string;
  headlineLabel: string;
  chartTitle: string;
  chartNote: string;
  /** Figure names inside the headline sentence. */
  names: Record<'cycleTime' | 'waitTime' | 'costPerCase', string>;
  capacity: string;
  capacityLabel: string;
  capacityUnit: string;
  indexNote: string;
  figuresAnalytic: string;
  figuresExplained: (simulated: { cases: number; replications: number } | undefined) => string;
  recommendation: string;
  recommend: { adopt: string; reconsider: string; adoptWithCare: (worse: string) => string };
  nextSteps: string;
  steps: {
    approve: (toBe: string) => string;
    brief: (roles: string) => string;
    systems: (systems: string) => string;
    pilot: (figures: string) => string;
    review: string;
  };
  risks: string;
  risk: {
    load: (role: string, share: string) => string;
    controlRemoved: (step: string) => string;
    newFinding: (message: string) => string;
    moved: (count: number) => string;
    noise: (figure: string) => string;
    none: string;
  };
  changesByKind: string;
  changesNote: string;
  kinds: Record<'removed' | 'merged' | 'moved' | 'changed' | 'added' | 'rewired' | 'role', string>;
  changeHeader: [string, string, string];
  noFinding: string;
  findingsLeftOut: string;
  notAnalysed: string;
  wording: string;
  roleWording: string;
  effectAlone: (cycle: string, cost: string) => string;
  appendix: string;
  mapTooLarge: string;
  appendixNote: string;
  details: string;
  noChange: string;
  unbounded: string;
}

const en: ExecutiveLabels = {
  title: (p) => `Process improvement report: ${p}`,
  subtitle: (a, b) => `Today's process (${a}) against the proposed one (${b}).`,
  headline: (moves) => {
    const part = (m: HeadlineMove) =>
      m.direction === 'same'
        ? m.from === en.unbounded
          ? `leaves ${m.name} unbounded (no change)`
          : `keeps ${m.name} at ${m.from} (no change)`
        : `${m.direction === 'down' ? 'cuts' : 'raises'} ${m.name} from ${m.from} to ${m.to}${m.relative ? ` (${m.relative})` : ''}`;
    const parts = moves.map(part);
    const list =
      parts.length > 1
        ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
        : parts[0];
    return `The proposed process ${list}.`;
  },
  headlineLabel: 'In short',
  chartTitle: 'Before and after',
  chartNote: 'Grey: today; blue: proposed; each pair drawn to the scale of its larger value.',
  names: {
    cycleTime: 'the mean cycle time',
    waitTime: 'waiting',
    costPerCase: 'the cost per case',
  },
  capacity: 'capacity',
  capacityLabel: 'Capacity',
  capacityUnit: 'cases a week',
  indexNote: 'Capacity: the cases a week the busiest role can take at full load.',
  figuresAnalytic: 'Analytic figures',
  figuresExplained: (sim) =>
    `The figures above are analytic: steady-state means from queueing formulas, opening hours averaged in.${sim ? ` The simulated figures (${sim.replications} × ${sim.cases} cases on the roles' calendars, with random durations) show the queues and nights as they happen, so they differ from the analytic ones by the approximation and by chance.` : ''} The role timeline follows one typical case (the most likely way, no rework), so it is shorter than the mean.`,
  recommendation: 'Recommendation',
  recommend: {
    adopt: 'Adopt the proposed process: it is better on every headline figure and worse on none.',
    adoptWithCare: (w) =>
      `Adopt the proposed process, with the risks below in hand: it improves the headline figures, but these get worse: ${w}.`,
    reconsider:
      'Do not adopt the proposed process as it stands: it does not improve cycle time or cost per case.',
  },
  nextSteps: 'Next steps',
  steps: {
    approve: (t) => `Approve "${t}" and issue its SOP and job descriptions.`,
    brief: (r) => `Brief and train the roles whose work changes: ${r}.`,
    systems: (s) => `Have the systems ready before go-live: ${s}.`,
    pilot: (f) => `Pilot it for four weeks and measure ${f} against the figures above.`,
    review: 'Review the pilot with the process owner, then roll out or adjust.',
  },
  risks: 'Implementation risks',
  risk: {
    load: (r, s) => `${r} will be busy ${s} of the time: little slack for peaks and absences.`,
    controlRemoved: (s) =>
      `The control "${s}" is removed: confirm the risk it covered is covered elsewhere.`,
    newFinding: (m) => m,
    moved: (n) =>
      `${n === 1 ? '1 step changes' : `${n} steps change`} hands: the new owners need training and handover notes.`,
    noise: (f) =>
      `The simulated change in ${f} is within chance: do not count on it until the pilot shows it.`,
    none: 'No particular risk found by the analysis; the usual care of any change applies.',
  },
  changesByKind: 'What changes, and why',
  changesNote:
    'Each change with the analysis finding on today’s process that motivated it, and what it does on its own to cycle time and cost per case.',
  kinds: {
    removed: 'Steps removed',
    merged: 'Steps merged',
    moved: 'Work moved to another role',
    changed: 'Steps changed',
    added: 'Steps added',
    rewired: 'Flow rewired',
    role: 'Roles',
  },
  changeHeader: ['Change', 'Why (finding on today’s process)', 'Effect on its own'],
  noFinding: 'No finding of the analysis concerns it: a decision of the workshop.',
  notAnalysed: 'Not analysed (large processes).',
  findingsLeftOut:
    'The processes are large (over 5,000 steps together), so they are not analysed for the reasons and risks: open them in Flowsmith for the findings.',
  wording: 'Working instructions and tools updated for the new way of working.',
  roleWording: 'Role description updated for the new way of working.',
  effectAlone: (c, k) => `Cycle time ${c}; cost per case ${k}`,
  appendix: 'Appendix A: detailed edit log',
  mapTooLarge: 'the map is too large to print legibly: open the process in Flowsmith to read it.',
  appendixNote: 'Every step, flow and role that differs, in the order of the change list.',
  details: 'Details',
  noChange: 'no change',
  unbounded: 'unbounded',
};

const zhCN: ExecutiveLabels = {
  title: (p) => `流程优化报告：${p}`,
  subtitle: (a, b) => `现行流程（${a}）与拟实施流程（${b}）的对比。`,
  headline: (moves) => {
    const part = (m: HeadlineMove) =>
      m.direction === 'same'
        ? m.from === zhCN.unbounded
          ? `${m.name}仍无上限（无变化）`
          : `${m.name}保持 ${m.from}（无变化）`
        : `${m.name}由${m.from}${m.direction === 'down' ? '降至' : '提高到'}${m.to}${m.relative ? `（${m.relative}）` : ''}`;
    // A space between a figure and the Chinese around it: 由 42.6 小时降至 9.6 小时.
    return `实施优化方案后，${moves.map(part).join('，')}。`
      .replace(/([\d%])([\u4e00-\u9fff])/g, '$1 $2')
      .replace(/([\u4e00-\u9fff])([¥\d])/g, '$1 $2');
  },
  headlineLabel: '结论',
  chartTitle: '优化前后对比',
  chartNote: '灰色：现行；蓝色：优化后；每组按其中较大值的比例绘制。',
  names: { cycleTime: '平均周期时间', waitTime: '等待时间', costPerCase: '单件成本' },
  capacity: '处理能力',
  capacityLabel: '处理能力',
  capacityUnit: '件/周',
  indexNote: '处理能力：最忙岗位满负荷时每周可承接的件数。',
  figuresAnalytic: '解析指标',
  figuresExplained: (sim) =>
    `以上为解析指标：由排队公式得出的稳态平均值，工作时间按平均计入。${sim ? `仿真指标（${sim.replications} 组 × ${sim.cases} 件，按各岗位工作日历、随机作业时长运行）如实反映排队高峰和夜间、周末的等待，因此与解析值存在近似误差和随机差异。` : ''}角色时间线只展示一件典型业务（最可能的路径，不含返工），因此短于平均值。`,
  recommendation: '建议',
  recommend: {
    adopt: '建议采纳优化方案：各项主要指标均有改善，且没有指标变差。',
    adoptWithCare: (w) =>
      `建议采纳优化方案，但须落实下列风险应对：主要指标改善，但以下指标变差：${w}。`,
    reconsider: '不建议按现方案实施：周期时间和单件成本均未改善。',
  },
  nextSteps: '后续步骤',
  steps: {
    approve: (t) => `审批“${t}”，发布其 SOP 和岗位说明书。`,
    brief: (r) => `对工作内容发生变化的岗位进行宣贯和培训：${r}。`,
    systems: (s) => `上线前准备好相关系统：${s}。`,
    pilot: (f) => `试运行四周，对照上述数据考核${f}。`,
    review: '与流程负责人复盘试运行结果，再决定全面推行或调整。',
  },
  risks: '实施风险',
  risk: {
    load: (r, s) => `“${r}”的负荷将达 ${s}：应对高峰和缺勤的余量很小。`,
    controlRemoved: (s) => `控制点“${s}”被取消：请确认其覆盖的风险已由其他环节控制。`,
    newFinding: (m) => m,
    moved: (n) => `${n} 个步骤更换了责任岗位：新责任人需要培训和交接说明。`,
    noise: (f) => `仿真中${f}的变化在随机波动范围内：在试运行证实前不宜计入收益。`,
    none: '分析未发现特别风险；按一般变更管理要求实施即可。',
  },
  changesByKind: '变更内容及原因',
  changesNote:
    '每项变更附上促成该变更的现行流程分析发现，以及该变更单独实施对周期时间和单件成本的影响。',
  kinds: {
    removed: '删除的步骤',
    merged: '合并的步骤',
    moved: '移交其他岗位的工作',
    changed: '修改的步骤',
    added: '新增的步骤',
    rewired: '调整的流转',
    role: '岗位',
  },
  changeHeader: ['变更', '原因（现行流程的分析发现）', '单独实施的效果'],
  noFinding: '分析中没有与此相关的发现：为研讨会决定的变更。',
  notAnalysed: '未分析（流程较大）。',
  findingsLeftOut:
    '流程较大（两个版本合计超过 5000 个步骤），未分析变更原因和实施风险：请在 Flowsmith 中打开流程查看分析发现。',
  wording: '作业说明和所用系统随新流程更新。',
  roleWording: '岗位说明随新流程更新。',
  effectAlone: (c, k) => `周期时间 ${c}；单件成本 ${k}`,
  appendix: '附录 A：详细变更记录',
  mapTooLarge: '流程图过大，无法清晰打印：请在 Flowsmith 中打开流程查看。',
  appendixNote: '所有不同的步骤、连线和岗位，按变更清单顺序列出。',
  details: '明细',
  noChange: '无变化',
  unbounded: '无上限',
};

/** The labels of the report's first page and grouped change list, by language. */
export const executiveLabels: Record<Lang, ExecutiveLabels> = { en, 'zh-CN': zhCN };
