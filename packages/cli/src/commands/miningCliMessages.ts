import { formatMessage, type Lang, type MessageTable } from '@flowsmith/model';

type Params = {
  'log.format': { file: string };
  'log.xlsx': { file: string };
  'log.problem': { file: string; line: number; message: string };
  'log.moreProblems': { count: number };
  'log.empty': { file: string };
  'noise.range': { value: string };
  'discover.done': { file: string; tasks: number; roles: number; cases: number; durations: string };
  'conform.summary': { fitness: string; precision: string; fitting: number; cases: number };
  'conform.deviation': { kind: string; step: string; cases: number };
  'conform.figures': { count: number };
  'conform.diff': { matched: number; steps: number; name: string };
  'conform.diff.same': Record<string, never>;
  'conform.diff.onlyDrawn': { count: number };
  'conform.diff.onlyData': { count: number };
  'conform.diff.changed': { count: number };
  'conform.diff.gateways': { count: number };
  'discover.condition': { step: string; attribute: string; share: string; conditions: string };
  'tolerance.range': { value: string };
  'stats.summary': {
    cases: number;
    events: number;
    activities: number;
    variants: number;
    resources: number;
  };
  'stats.span': { from: string; to: string; mean: string; median: string };
  'stats.variant': { rank: number; count: number; share: string; activities: string };
  'stats.arrivals': { zone: string };
};

/** The strings of `discover`, `conform` and `log-stats`, in en and zh-CN. */
export const miningCliMessages: MessageTable<Params> = {
  'log.format': {
    en: (p) =>
      `${p.file}: not an event log this command reads (.xes, .xes.gz, .csv, .tsv, .csv.gz, .xlsx)`,
    'zh-CN': (p) =>
      `${p.file}：不是本命令能读取的事件日志（.xes、.xes.gz、.csv、.tsv、.csv.gz、.xlsx）`,
  },
  'log.xlsx': {
    en: (p) =>
      `${p.file}: the old binary .xls format is not read; save the workbook as .xlsx (or the sheet as CSV, UTF-8)`,
    'zh-CN': (p) =>
      `${p.file}：不支持旧的二进制 .xls 格式；请将工作簿另存为 .xlsx（或将工作表另存为 UTF-8 的 CSV）`,
  },
  'log.problem': {
    en: (p) => `${p.file}:${p.line}: ${p.message}`,
    'zh-CN': (p) => `${p.file}:${p.line}：${p.message}`,
  },
  'log.moreProblems': {
    en: (p) => `… ${p.count} more rows left out`,
    'zh-CN': (p) => `… 另有 ${p.count} 行被跳过`,
  },
  'log.empty': {
    en: (p) => `${p.file}: the log has no cases that could be read`,
    'zh-CN': (p) => `${p.file}：日志中没有可读取的案例`,
  },
  'noise.range': {
    en: (p) => `--noise must be a number from 0 to 1, not "${p.value}"`,
    'zh-CN': (p) => `--noise 必须是 0 到 1 之间的数，而不是 "${p.value}"`,
  },
  'discover.done': {
    en: (p) =>
      `${p.file}: ${p.tasks} steps, ${p.roles} roles from ${p.cases} cases (durations: ${p.durations})`,
    'zh-CN': (p) =>
      `${p.file}：从 ${p.cases} 个案例得到 ${p.tasks} 个步骤、${p.roles} 个角色（时长：${p.durations}）`,
  },
  'conform.summary': {
    en: (p) =>
      `fitness ${p.fitness}, precision ${p.precision}; ${p.fitting} of ${p.cases} cases fit the map`,
    'zh-CN': (p) =>
      `拟合度 ${p.fitness}，精确度 ${p.precision}；${p.cases} 个案例中 ${p.fitting} 个与流程图相符`,
  },
  'conform.deviation': {
    en: (p) => `  ${p.kind}  ${p.step}  (${p.cases} cases)`,
    'zh-CN': (p) => `  ${p.kind}  ${p.step}（${p.cases} 个案例）`,
  },
  'discover.condition': {
    en: (p) =>
      `  ${p.step} is decided by "${p.attribute}" (${p.share} of its cases): ${p.conditions}`,
    'zh-CN': (p) => `  ${p.step} 由“${p.attribute}”决定（解释 ${p.share} 的案例）：${p.conditions}`,
  },
  'conform.figures': {
    en: (p) =>
      p.count === 0
        ? 'figures vs data: the drawn durations, branch probabilities and arrival rate agree with the log'
        : `figures vs data: ${p.count} drawn figure${p.count === 1 ? '' : 's'} the log disagrees with`,
    'zh-CN': (p) =>
      p.count === 0
        ? '图上数字与数据：图上的时长、分支概率和到达率与日志一致'
        : `图上数字与数据：有 ${p.count} 个图上数字与日志不符`,
  },
  'conform.diff': {
    en: (p) =>
      `drawn vs data: the drawn map against the process discovered from the log (${p.matched} of its ${p.steps} steps matched "${p.name}" by name)`,
    'zh-CN': (p) =>
      `图与数据：所画流程图与从日志挖掘出的流程对比（挖掘出的 ${p.steps} 个步骤中 ${p.matched} 个按名称与“${p.name}”对应）`,
  },
  'conform.diff.same': {
    en: () => '  the data shows the same steps, flows, durations and roles as the drawing',
    'zh-CN': () => '  数据中的步骤、连线、时长和角色与所画的一致',
  },
  'conform.diff.onlyDrawn': {
    en: (p) => `  steps only in the drawing (${p.count}):`,
    'zh-CN': (p) => `  仅在图中的步骤（${p.count}）：`,
  },
  'conform.diff.onlyData': {
    en: (p) => `  steps only in the data (${p.count}):`,
    'zh-CN': (p) => `  仅在数据中的步骤（${p.count}）：`,
  },
  'conform.diff.changed': {
    en: (p) => `  changed steps, flows and roles (${p.count}):`,
    'zh-CN': (p) => `  有变化的步骤、连线和角色（${p.count}）：`,
  },
  'conform.diff.gateways': {
    en: (p) => `  ${p.count} gateway${p.count === 1 ? '' : 's'} only on one side (not listed)`,
    'zh-CN': (p) => `  另有 ${p.count} 个网关仅在一侧（未列出）`,
  },
  'tolerance.range': {
    en: (p) => `--tolerance must be a number of 0 or more, not "${p.value}"`,
    'zh-CN': (p) => `--tolerance 必须是不小于 0 的数，而不是 "${p.value}"`,
  },
  'stats.summary': {
    en: (p) =>
      `${p.cases} cases, ${p.events} events, ${p.activities} activities, ${p.variants} variants, ${p.resources} resources`,
    'zh-CN': (p) =>
      `${p.cases} 个案例，${p.events} 个事件，${p.activities} 个活动，${p.variants} 个变体，${p.resources} 个资源`,
  },
  'stats.span': {
    en: (p) => `from ${p.from} to ${p.to}; case duration mean ${p.mean}, median ${p.median}`,
    'zh-CN': (p) => `从 ${p.from} 到 ${p.to}；案例时长平均 ${p.mean}，中位数 ${p.median}`,
  },
  'stats.arrivals': {
    en: (p) =>
      `arrivals by hour of week (mean new cases per hour, ${p.zone}); a discovered process keeps one rate, the mean per working hour of its arrival calendar:`,
    'zh-CN': (p) =>
      `按一周各小时的到达（每小时平均新案例数，${p.zone}）；挖掘得到的流程只保留一个到达率，即到达日历每个工作小时的平均值：`,
  },
  'stats.variant': {
    en: (p) => `  #${p.rank}  ${p.count} cases (${p.share})  ${p.activities}`,
    'zh-CN': (p) => `  #${p.rank}  ${p.count} 个案例（${p.share}）  ${p.activities}`,
  },
};

/** Renders a mining CLI message. */
export function miningCliMessage<C extends keyof Params>(
  code: C,
  params: Params[C],
  lang: Lang,
): string {
  return formatMessage(miningCliMessages, code, params, lang);
}

/** Deviation kinds and duration kinds in the user's language. */
export const MINING_WORDS: Record<string, Record<Lang, string>> = {
  skipped: { en: 'skipped', 'zh-CN': '被跳过' },
  outOfOrder: { en: 'out of order', 'zh-CN': '顺序不符' },
  notInMap: { en: 'not in the map', 'zh-CN': '流程图中没有' },
  touch: { en: 'touch times', 'zh-CN': '处理时间' },
  sojourn: { en: 'sojourn times', 'zh-CN': '逗留时间' },
  none: { en: 'none, the log has no timestamps', 'zh-CN': '无，日志没有时间戳' },
};
