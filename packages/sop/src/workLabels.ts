/**
 * The words for how work is organised, in English and zh-CN: batch work (批量处理), the changes a
 * step makes to the case data, the people of a post and the order it takes its work in. Used by
 * the SOP's procedure table and the job descriptions.
 */
import type { Lang, QueueDiscipline, Weekday } from '@flowsmith/model';

/** The words of one language. */
export interface WorkLabels {
  weekdays: Record<Weekday, string>;
  /** Consecutive days: `Mon–Fri` / `周一至周五`. */
  dayRange: (first: string, last: string) => string;
  /** `every Fri at 14:00` / `每周五 14:00`. */
  weekly: (days: string, time: string) => string;
  list: (items: string[]) => string;
  batchSchedule: (when: string) => string;
  batchSize: (n: number) => string;
  batchWindow: (wait: string) => string;
  /** The batch sentence from its parts (whichever comes first when several). */
  batch: (parts: string[]) => string;
  batchPerCase: (percent: string) => string;
  /** The changes a step makes to the case data. */
  changes: (parts: string[]) => string;
  setTo: (name: string, value: string) => string;
  add: (name: string, n: string) => string;
  recordActual: (name: string) => string;
  recordOneOf: (name: string, options: string[]) => string;
  yes: string;
  no: string;
  quote: (text: string) => string;
  /** The order a post takes its waiting work in. */
  queue: Record<Exclude<QueueDiscipline, 'fifo'>, string>;
  priorityRule: (condition: string, priority: number) => string;
  priorityRest: string;
  members: string;
  memberNote: (name: string, notes: string[]) => string;
  speed: (factor: string) => string;
  ownCalendar: (calendar: string) => string;
  workOrder: string;
  fifo: string;
  priorityOrder: string;
  dueDateOrder: string;
  /** The label of a post's work rules (工作要求). */
  workRules: string;
  priorities: (rules: string[]) => string;
}

const en: WorkLabels = {
  weekdays: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
  dayRange: (first, last) => `${first}–${last}`,
  weekly: (days, time) => `every ${days} at ${time}`,
  list: (items) =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`,
  batchSchedule: (when) => when,
  batchSize: (n) => `as soon as ${n} cases wait`,
  batchWindow: (wait) => `once the first case has waited ${wait}`,
  batch: (parts) =>
    `Batch work: cases are worked together ${parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}, whichever comes first`}.`,
  batchPerCase: (percent) => `Each case beyond the first adds ${percent} to the batch's time.`,
  changes: (parts) => `Case data: ${parts.join('; ')}.`,
  setTo: (name, value) => `set ${name} to ${value}`,
  add: (name, n) => `add ${n} to ${name}`,
  recordActual: (name) => `record ${name} as it turns out`,
  recordOneOf: (name, options) =>
    `record ${name} (${options.length <= 1 ? options.join('') : `${options.slice(0, -1).join(', ')} or ${options.at(-1)}`})`,
  yes: 'yes',
  no: 'no',
  quote: (text) => `“${text}”`,
  queue: {
    priority:
      'Take waiting cases by priority, highest first; cases of equal priority in order of arrival.',
    dueDate:
      'Take waiting cases by due date, earliest first (the case’s time limit or the step’s, whichever is earlier); cases without one last.',
  },
  priorityRule: (condition, priority) => `priority ${priority} when ${condition}`,
  priorityRest: 'priority 0 otherwise',
  members: 'People in post',
  memberNote: (name, notes) => (notes.length > 0 ? `${name} (${notes.join(', ')})` : name),
  speed: (factor) => `works at ${factor}× the usual pace`,
  ownCalendar: (calendar) => `hours: ${calendar}`,
  workOrder: 'Order of work',
  fifo: 'first come, first served',
  priorityOrder: 'by case priority',
  dueDateOrder: 'earliest due date first',
  workRules: 'Work rules',
  priorities: (rules) => `Priorities: ${rules.join('; ')}.`,
};

const zh: WorkLabels = {
  weekdays: {
    mon: '周一',
    tue: '周二',
    wed: '周三',
    thu: '周四',
    fri: '周五',
    sat: '周六',
    sun: '周日',
  },
  dayRange: (first, last) => `${first}至${last}`,
  weekly: (days, time) => `每${days} ${time}`,
  list: (items) => items.join('、'),
  batchSchedule: (when) => `${when} 集中处理`,
  batchSize: (n) => `每满 ${n} 件处理一次`,
  batchWindow: (wait) => `首件等待满 ${wait}即处理`,
  batch: (parts) => `批量处理：${parts.join('，或')}${parts.length > 1 ? '，以先到者为准' : ''}。`,
  batchPerCase: (percent) => `每批用时随件数增加，每多一件增加 ${percent}。`,
  changes: (parts) => `更新案件数据：${parts.join('；')}。`,
  setTo: (name, value) => `「${name}」设为${value}`,
  add: (name, n) => `「${name}」加 ${n}`,
  recordActual: (name) => `「${name}」按实际情况填写`,
  recordOneOf: (name, options) => `「${name}」按实际情况填写（${options.join('或')}）`,
  yes: '“是”',
  no: '“否”',
  quote: (text) => `“${text}”`,
  queue: {
    priority: '按优先级处理待办件，优先级高者先办；同一优先级按到达先后办理。',
    dueDate: '按截止时间先后处理待办件（取案件时限与本步骤时限中较早者）；无截止时间的排在最后。',
  },
  priorityRule: (condition, priority) => `${condition} 时优先级为 ${priority}`,
  priorityRest: '其余为 0',
  members: '在岗人员',
  memberNote: (name, notes) => (notes.length > 0 ? `${name}（${notes.join('，')}）` : name),
  speed: (factor) => `效率为标准的 ${factor} 倍`,
  ownCalendar: (calendar) => `工作时间：${calendar}`,
  workOrder: '办理顺序',
  fifo: '先到先办',
  priorityOrder: '按优先级',
  dueDateOrder: '按截止时间',
  workRules: '工作要求',
  priorities: (rules) => `优先级：${rules.join('；')}。`,
};

/** The work labels of each language. */
export const workLabels: Record<Lang, WorkLabels> = { en, 'zh-CN': zh };
