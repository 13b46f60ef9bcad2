/**
 * The messages of workshop material (notes, waste tags, votes, timer, parking lot): the refusals
 * of its commands and the problems of its parsing, in English and zh-CN. Merged into
 * `commandMessages` and `parseMessages`, so callers match on the codes as on any other.
 */
import type { WasteKind } from '../types/workshop';
import type { Lang, MessageTable } from './lang';

/** Parameters of each workshop refusal, by code. */
export type WorkshopRefusalParams = {
  'note.unknown': { id: string };
  'note.empty': { id: string };
  'note.target': { id: string; on: string };
  'waste.kind': { waste: string };
  'waste.tagged': { step: string; waste: string };
  'waste.notTagged': { step: string; waste: string };
  'vote.target': { on: string };
  'vote.voter': Record<string, never>;
  'vote.overBudget': { by: string; budget: number };
  'vote.none': { by: string; on: string };
  'vote.budget': { value: number };
  'timer.duration': { value: number };
  'timer.time': { value: string };
  'timer.none': Record<string, never>;
  'timer.paused': Record<string, never>;
  'timer.notPaused': Record<string, never>;
  'parking.unknown': { id: string };
  'parking.empty': { id: string };
};

/** The workshop refusals in every language. */
export const workshopRefusalMessages: MessageTable<WorkshopRefusalParams> = {
  'note.unknown': {
    en: ({ id }) => `There is no note "${id}" in this process.`,
    'zh-CN': ({ id }) => `本流程中没有便签“${id}”。`,
  },
  'note.empty': {
    en: ({ id }) => `Note "${id}" needs some text; write what the room said.`,
    'zh-CN': ({ id }) => `便签“${id}”需要内容；请写下大家说的话。`,
  },
  'note.target': {
    en: ({ id, on }) =>
      `Note "${id}" cannot be attached to "${on}": there is no step, flow or role with that id.`,
    'zh-CN': ({ id, on }) => `便签“${id}”无法贴到“${on}”：没有这个 id 的步骤、连线或角色。`,
  },
  'waste.kind': {
    en: ({ waste }) =>
      `"${waste}" is not one of the eight wastes (TIMWOODS) or the pain points; pick one from the list.`,
    'zh-CN': ({ waste }) => `“${waste}”不是八大浪费或痛点之一；请从列表中选择。`,
  },
  'waste.tagged': {
    en: ({ step, waste }) => `Step "${step}" is already tagged "${waste}".`,
    'zh-CN': ({ step, waste }) => `步骤“${step}”已标记为“${waste}”。`,
  },
  'waste.notTagged': {
    en: ({ step, waste }) => `Step "${step}" is not tagged "${waste}".`,
    'zh-CN': ({ step, waste }) => `步骤“${step}”没有标记“${waste}”。`,
  },
  'vote.target': {
    en: ({ on }) => `There is no step or note "${on}" to vote for.`,
    'zh-CN': ({ on }) => `没有可投票的步骤或便签“${on}”。`,
  },
  'vote.voter': {
    en: () => 'A vote needs the name of the participant who casts it.',
    'zh-CN': () => '投票需要写明投票人的名字。',
  },
  'vote.overBudget': {
    en: ({ by, budget }) =>
      `"${by}" has used all ${budget} dots; take one back before voting again.`,
    'zh-CN': ({ by, budget }) => `“${by}”的 ${budget} 个投票点已用完；请先收回一个再投。`,
  },
  'vote.none': {
    en: ({ by, on }) => `"${by}" has no vote on "${on}" to take back.`,
    'zh-CN': ({ by, on }) => `“${by}”没有投给“${on}”的票可以收回。`,
  },
  'vote.budget': {
    en: ({ value }) => `Each participant's dots must be a whole number from 1 to 99, not ${value}.`,
    'zh-CN': ({ value }) => `每人的投票点数必须是 1 到 99 的整数，而不是 ${value}。`,
  },
  'timer.duration': {
    en: ({ value }) => `A timer runs for 1 second to 24 hours, not ${value} seconds.`,
    'zh-CN': ({ value }) => `计时器的时长应为 1 秒到 24 小时，而不是 ${value} 秒。`,
  },
  'timer.time': {
    en: ({ value }) => `"${value}" is not a date and time written ISO 8601 (2026-12-06T13:05:00Z).`,
    'zh-CN': ({ value }) => `“${value}”不是 ISO 8601 格式的日期时间（2026-12-06T13:05:00Z）。`,
  },
  'timer.none': {
    en: () => 'No timer is set; start one first.',
    'zh-CN': () => '还没有计时器；请先开始计时。',
  },
  'timer.paused': {
    en: () => 'The timer is already paused.',
    'zh-CN': () => '计时器已经暂停。',
  },
  'timer.notPaused': {
    en: () => 'The timer is not paused.',
    'zh-CN': () => '计时器没有暂停。',
  },
  'parking.unknown': {
    en: ({ id }) => `There is no parking-lot item "${id}" in this process.`,
    'zh-CN': ({ id }) => `停车场中没有条目“${id}”。`,
  },
  'parking.empty': {
    en: ({ id }) => `Parking-lot item "${id}" needs some text.`,
    'zh-CN': ({ id }) => `停车场条目“${id}”需要内容。`,
  },
};

/** Parameters of each workshop parse problem, by code. */
export type WorkshopParseParams = {
  'datetime.syntax': { value: string };
  'text.empty': Record<string, never>;
};

/** The workshop parse problems in every language. */
export const workshopParseMessages: MessageTable<WorkshopParseParams> = {
  'datetime.syntax': {
    en: (p) => `"${p.value}" is not a date and time written ISO 8601 (2026-12-06T13:05:00Z)`,
    'zh-CN': (p) => `"${p.value}" 不是 ISO 8601 格式的日期时间（2026-12-06T13:05:00Z）`,
  },
  'text.empty': {
    en: () => 'the text is empty',
    'zh-CN': () => '内容为空',
  },
};

/** zh-CN names of the workshop records, for `field.unknown`. */
export const workshopContextNames: Record<string, string> = {
  'a note': '便签',
  'a note position': '便签位置',
  'a waste tag': '浪费标记',
  'a vote': '投票',
  'a parking-lot item': '停车场条目',
  'the timer': '计时器',
};

/** The name of each waste and pain point, as a workshop says it. */
export const wasteNames: Record<Lang, Record<WasteKind, string>> = {
  en: {
    transport: 'Transport',
    inventory: 'Inventory',
    motion: 'Motion',
    waiting: 'Waiting',
    overProcessing: 'Over-processing',
    overProduction: 'Over-production',
    defects: 'Defects',
    unusedTalent: 'Unused talent',
    bottleneck: 'Bottleneck',
    redundantStep: 'Redundant step',
    poorCommunication: 'Poor communication',
    unclearDuty: 'Unclear duty',
  },
  'zh-CN': {
    transport: '运输',
    inventory: '库存',
    motion: '动作',
    waiting: '等待',
    overProcessing: '过度加工',
    overProduction: '过量生产',
    defects: '缺陷',
    unusedTalent: '未被利用的才能',
    bottleneck: '瓶颈',
    redundantStep: '冗余步骤',
    poorCommunication: '沟通不畅',
    unclearDuty: '职责不清',
  },
};
