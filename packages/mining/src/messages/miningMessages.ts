import { formatMessage, type Lang, type MessageTable } from '@flowsmith/model';

/** Parameters of each message of the mining package, by code. */
export type MiningMessageParams = {
  'row.columns': { expected: number; found: number };
  'row.noCase': { column: string };
  'row.noActivity': { column: string };
  'row.badTime': { column: string; value: string };
  'row.noTime': Record<string, never>;
  'row.startAfterComplete': Record<string, never>;
  'xes.noTime': Record<string, never>;
  'xes.malformed': { detail: string };
  'map.unknownColumn': { column: string; columns: string };
  'map.noCase': { columns: string };
  'map.noActivity': { columns: string };
  'map.noTime': { columns: string };
  'map.badEntry': { entry: string };
  'map.badZone': { zone: string };
  'log.empty': Record<string, never>;
  'xlsx.notWorkbook': { detail: string };
  'xlsx.noSheet': { sheet: string; sheets: string };
  'discover.sojourn': Record<string, never>;
  'discover.touch': Record<string, never>;
  'discover.description': { cases: number; events: number; noise: number; criterion: string };
  'discover.calendars': { roles: string; zone: string };
  'discover.noCalendar': { roles: string };
  'discover.pooledCalendar': { roles: string };
  'discover.profile': Record<string, never>;
  'discover.waits': { tasks: string };
  'discover.batch': { tasks: string };
  /** `size`, `window` (minutes), `perCase` (share): 0 when the batch has none. */
  'discover.gatheredBatch': { task: string; size: number; window: number; perCase: number };
  'discover.members': { roles: string };
  'discover.speeds': { roles: string };
  'discover.breaks': { roles: string };
};

/** Every message of `@flowsmith/mining` in en and zh-CN. */
export const miningMessages: MessageTable<MiningMessageParams> = {
  'row.columns': {
    en: (p) => `expected ${p.expected} fields, found ${p.found}; row left out`,
    'zh-CN': (p) => `应有 ${p.expected} 个字段，实际 ${p.found} 个；已跳过该行`,
  },
  'row.noCase': {
    en: (p) => `no case id in column "${p.column}"; row left out`,
    'zh-CN': (p) => `列“${p.column}”中没有案例编号；已跳过该行`,
  },
  'row.noActivity': {
    en: (p) => `no activity in column "${p.column}"; row left out`,
    'zh-CN': (p) => `列“${p.column}”中没有活动名称；已跳过该行`,
  },
  'row.badTime': {
    en: (p) => `"${p.value}" in column "${p.column}" is not a date and time; row left out`,
    'zh-CN': (p) => `列“${p.column}”中的“${p.value}”不是有效的日期时间；已跳过该行`,
  },
  'row.noTime': {
    en: () => 'no timestamp; row left out',
    'zh-CN': () => '没有时间戳；已跳过该行',
  },
  'row.startAfterComplete': {
    en: () => 'the start time is after the complete time; row left out',
    'zh-CN': () => '开始时间晚于完成时间；已跳过该行',
  },
  'xes.noTime': {
    en: () => 'event without a valid time:timestamp; left out',
    'zh-CN': () => '事件没有有效的 time:timestamp；已跳过',
  },
  'xes.malformed': {
    en: (p) => `malformed XES: ${p.detail}`,
    'zh-CN': (p) => `XES 格式错误：${p.detail}`,
  },
  'map.unknownColumn': {
    en: (p) => `no column "${p.column}" in the header (columns: ${p.columns})`,
    'zh-CN': (p) => `表头中没有列“${p.column}”（现有列：${p.columns}）`,
  },
  'map.noCase': {
    en: (p) => `which column is the case id? Name it with case=… (columns: ${p.columns})`,
    'zh-CN': (p) => `哪一列是案例编号？请用 case=… 指定（现有列：${p.columns}）`,
  },
  'map.noActivity': {
    en: (p) => `which column is the activity? Name it with activity=… (columns: ${p.columns})`,
    'zh-CN': (p) => `哪一列是活动？请用 activity=… 指定（现有列：${p.columns}）`,
  },
  'map.noTime': {
    en: (p) =>
      `which column is the timestamp? Name it with complete=… and/or start=… (columns: ${p.columns})`,
    'zh-CN': (p) => `哪一列是时间戳？请用 complete=… 和/或 start=… 指定（现有列：${p.columns}）`,
  },
  'map.badEntry': {
    en: (p) =>
      `"${p.entry}" is not a mapping entry: write key=column with key one of case, activity, start, complete, resource, role, attr, timezone`,
    'zh-CN': (p) =>
      `“${p.entry}”不是有效的映射项：请写成 键=列名，键为 case、activity、start、complete、resource、role、attr、timezone 之一`,
  },
  'map.badZone': {
    en: (p) =>
      `unknown time zone "${p.zone}": use an IANA name (Asia/Shanghai) or an offset (+08:00)`,
    'zh-CN': (p) => `未知时区“${p.zone}”：请使用 IANA 名称（Asia/Shanghai）或偏移量（+08:00）`,
  },
  'xlsx.notWorkbook': {
    en: (p) => `not an XLSX workbook (${p.detail})`,
    'zh-CN': (p) => `不是 XLSX 工作簿（${p.detail}）`,
  },
  'xlsx.noSheet': {
    en: (p) => `no sheet named "${p.sheet}"; the workbook has ${p.sheets}`,
    'zh-CN': (p) => `没有名为“${p.sheet}”的工作表；工作簿中有 ${p.sheets}`,
  },
  'log.empty': {
    en: () => 'the log has no cases',
    'zh-CN': () => '日志中没有案例',
  },
  'discover.sojourn': {
    en: () =>
      'The log has complete timestamps only: step durations are sojourn times (waiting and work between one event and the next), not touch times.',
    'zh-CN': () =>
      '日志只有完成时间戳：步骤时长为逗留时间（两次事件之间的等待与处理时间），而非实际处理时间。',
  },
  'discover.touch': {
    en: () => 'Step durations are touch times, from the start and complete timestamps of the log.',
    'zh-CN': () => '步骤时长为实际处理时间，取自日志的开始与完成时间戳。',
  },
  'discover.description': {
    en: (p) =>
      `Discovered from an event log of ${p.cases} cases and ${p.events} events (inductive miner, noise threshold ${p.noise}). Durations fitted by maximum likelihood with the sample's mean; of the distributions that spread like the sample, the one with the lowest ${p.criterion} was kept.`,
    'zh-CN': (p) =>
      `由包含 ${p.cases} 个案例、${p.events} 个事件的事件日志挖掘得到（归纳挖掘算法，噪声阈值 ${p.noise}）。时长按最大似然拟合并保持样本均值；在离散程度与样本相符的分布中选取 ${p.criterion} 最小的。`,
  },
  'discover.calendars': {
    en: (p) =>
      `Working hours of ${p.roles} read from when their events happened (${p.zone}); their durations are counted in working minutes.`,
    'zh-CN': (p) =>
      `${p.roles} 的工作时间取自其事件发生的时刻（${p.zone}）；其时长按工作时间内的分钟计。`,
  },
  'discover.noCalendar': {
    en: (p) =>
      `No calendar for ${p.roles}: too few timed events (fewer than 200, or a log shorter than a week) to tell working hours.`,
    'zh-CN': (p) =>
      `${p.roles} 未设日历：带时间的事件太少（少于 200 个，或日志不足一周），无法判断工作时间。`,
  },
  'discover.pooledCalendar': {
    en: (p) =>
      `${p.roles}: fewer than 200 events, all but 3 % of them within the working hours of the whole log, so they take those hours.`,
    'zh-CN': (p) =>
      `${p.roles}：事件少于 200 个，且至少 97 % 落在整个日志的工作时间内，故采用该工作时间。`,
  },
  'discover.profile': {
    en: () =>
      'Cases arrive at rates that change with the hour and the weekday: the start step has an arrival profile read from the log.',
    'zh-CN': () => '案例到达率随小时和星期变化：开始步骤的到达曲线取自日志。',
  },
  'discover.waits': {
    en: (p) =>
      `${p.tasks}: the log names nobody who did this, so it is a wait (a timer), not work for a role.`,
    'zh-CN': (p) =>
      `${p.tasks}：日志中没有记录执行人，因此作为等待（定时器），而非某个角色的工作。`,
  },
  'discover.batch': {
    en: (p) =>
      `${p.tasks}: cases are started together at the same moments each week, so they are worked as a scheduled batch.`,
    'zh-CN': (p) => `${p.tasks}：案例在每周固定时刻一起开始，按定时批量处理。`,
  },
  'discover.gatheredBatch': {
    en: (p) =>
      `${p.task}: cases wait and are started together, one batch at a time, released ${[
        p.size ? `when ${p.size} have gathered` : '',
        p.window ? `when the first has waited ${p.window} min` : '',
      ]
        .filter(Boolean)
        .join(
          ' or ',
        )}${p.size && p.window ? ', whichever comes first' : ''}; one duration per batch${
        p.perCase
          ? `, each case beyond the first adding ${Math.round(p.perCase * 1000) / 10} %`
          : ''
      }.`,
    'zh-CN': (p) =>
      `${p.task}：案例等待后成批一起开始，${[
        p.size ? `凑满 ${p.size} 个` : '',
        p.window ? `第一个已等待 ${p.window} 分钟` : '',
      ]
        .filter(Boolean)
        .join('或')}时放行${p.size && p.window ? '（先到者为准）' : ''}；每批一个时长${
        p.perCase ? `，每多一个案例增加 ${Math.round(p.perCase * 1000) / 10} %` : ''
      }。`,
  },
  'discover.members': {
    en: (p) =>
      `${p.roles}: the people work different hours, so each is a member with a calendar of their own.`,
    'zh-CN': (p) => `${p.roles}：各人工作时间不同，每人作为成员并有自己的日历。`,
  },
  'discover.speeds': {
    en: (p) =>
      `${p.roles}: the people take clearly different times for the same tasks, so each is a member with a speed of their own (1 = the usual pace); the durations are those at speed 1.`,
    'zh-CN': (p) =>
      `${p.roles}：各人完成同样任务所用时间明显不同，每人作为成员并有自己的速度（1 为通常速度）；时长为速度 1 时的时长。`,
  },
  'discover.breaks': {
    en: (p) =>
      `${p.roles}: no task starts or completes in a break within the working day, so the calendar leaves it out.`,
    'zh-CN': (p) =>
      `${p.roles}：工作日中有一段休息时间，其间没有任务开始或完成，日历不含这段时间。`,
  },
};

/** The code of a mining message. */
export type MiningCode = keyof MiningMessageParams;

/** Renders mining message `code` in `lang`. Pure. */
export function miningMessage<C extends MiningCode>(
  code: C,
  params: MiningMessageParams[C],
  lang: Lang = 'en',
): string {
  return formatMessage(miningMessages, code, params, lang);
}
