import { formatMessage, type Lang, type MessageTable } from './lang';
import { workshopRefusalMessages, type WorkshopRefusalParams } from './workshopMessages';

/** The parameters of every refusal a command can give, keyed by its code. */
export type CommandMessageParams = {
  'command.unknown': { id: string };
  'id.invalid': { id: string };
  'id.duplicate': { id: string };
  'name.empty': { id: string };
  'field.notAllowed': { id: string; field: string; type: string };
  'value.invalid': { id: string; field: string };
  'value.problem': { id: string; path: string; detail: string };
  'capacity.tooLarge': { id: string; value: number; max: number };
  'step.unknown': { id: string };
  'step.typeChange': { id: string; from: string; to: string };
  'flow.unknown': { id: string };
  'flow.intoStart': { id: string; to: string };
  'flow.outOfEnd': { id: string; from: string };
  'flow.probabilityRange': { id: string };
  'flow.orProbability': { id: string };
  'flow.conditionSyntax': { id: string; column: number; detail: string };
  'role.unknown': { id: string };
  'role.inUse': { id: string; usedBy: string };
  'role.reassignSelf': { id: string };
  'role.reportsToCycle': { id: string; chain: string };
  'roles.orderMismatch': { expected: number };
  'calendar.unknown': { id: string };
  'calendar.inUse': { id: string; usedBy: string };
  'data.unknown': { id: string };
  'risk.unknown': { id: string };
  'kpi.unknown': { id: string };
  'merge.tooFew': Record<string, never>;
  'merge.notTask': { id: string; type: string };
  'merge.notSequence': { from: string; to: string };
  'merge.sideExit': { id: string; flow: string };
} & WorkshopRefusalParams;

/** A refusal code of a command. */
export type RefusalCode = keyof CommandMessageParams;

/** Why a command cannot run: a stable code and a sentence in the caller's language. */
export interface Refusal {
  code: RefusalCode;
  message: string;
}

/** Every refusal message, in English and zh-CN. */
export const commandMessages: MessageTable<CommandMessageParams> = {
  ...workshopRefusalMessages,
  'command.unknown': {
    en: ({ id }) => `There is no command "${id}"; use one of the documented noun.verb ids.`,
    'zh-CN': ({ id }) => `没有命令“${id}”；请使用文档中列出的 noun.verb 命令。`,
  },
  'id.invalid': {
    en: ({ id }) => `"${id}" is not a valid id; use letters, digits, "_", "." and "-" only.`,
    'zh-CN': ({ id }) => `“${id}”不是有效的 id；只能使用字母、数字、“_”、“.”和“-”。`,
  },
  'id.duplicate': {
    en: ({ id }) => `The id "${id}" is already used in this process; choose another (see freshId).`,
    'zh-CN': ({ id }) => `id“${id}”已在本流程中使用；请换一个（可用 freshId 生成）。`,
  },
  'name.empty': {
    en: ({ id }) => `"${id}" needs a name; enter a non-empty name.`,
    'zh-CN': ({ id }) => `“${id}”需要名称；请输入非空名称。`,
  },
  'field.notAllowed': {
    en: ({ id, field, type }) =>
      `"${id}": a ${type} has no field "${field}"; remove it from the changes.`,
    'zh-CN': ({ id, field, type }) => `“${id}”：${type} 类型没有字段“${field}”；请从修改中去掉它。`,
  },
  'value.invalid': {
    en: ({ id, field }) =>
      `"${id}": the value of "${field}" is not valid; check the format (FORMAT.md).`,
    'zh-CN': ({ id, field }) =>
      `“${id}”：字段“${field}”的值无效；请对照格式说明（FORMAT.md）检查。`,
  },
  'value.problem': {
    en: ({ id, path, detail }) => `"${id}": ${path ? `${path}: ` : ''}${detail}.`,
    'zh-CN': ({ id, path, detail }) => `“${id}”的值有误：${path ? `${path}：` : ''}${detail}。`,
  },
  'capacity.tooLarge': {
    en: ({ id, value, max }) =>
      `"${id}": a role's capacity is at most ${max.toLocaleString('en')}, not ${value}.`,
    'zh-CN': ({ id, value, max }) => `“${id}”：角色人数最多为 ${max}，而不是 ${value}。`,
  },
  'step.unknown': {
    en: ({ id }) => `There is no step "${id}" in this process.`,
    'zh-CN': ({ id }) => `本流程中没有步骤“${id}”。`,
  },
  'step.typeChange': {
    en: ({ id, from, to }) =>
      `Step "${id}" cannot change from ${from} to ${to}; only xor and and gateways can switch. Delete it and add a new step instead.`,
    'zh-CN': ({ id, from, to }) =>
      `步骤“${id}”不能从 ${from} 改为 ${to}；只有 xor 与 and 网关可以互换。请删除后新建步骤。`,
  },
  'flow.unknown': {
    en: ({ id }) => `There is no flow "${id}" in this process.`,
    'zh-CN': ({ id }) => `本流程中没有连线“${id}”。`,
  },
  'flow.intoStart': {
    en: ({ id, to }) =>
      `Flow "${id}" cannot lead into the start step "${to}"; connect it to another step.`,
    'zh-CN': ({ id, to }) => `连线“${id}”不能指向开始步骤“${to}”；请连接到其他步骤。`,
  },
  'flow.outOfEnd': {
    en: ({ id, from }) =>
      `Flow "${id}" cannot leave the end step "${from}"; an end has no outgoing flows.`,
    'zh-CN': ({ id, from }) => `连线“${id}”不能从结束步骤“${from}”出发；结束步骤没有出线。`,
  },
  'flow.probabilityRange': {
    en: ({ id }) => `Flow "${id}": probability must be a number from 0 to 1.`,
    'zh-CN': ({ id }) => `连线“${id}”：概率必须是 0 到 1 之间的数。`,
  },
  'flow.orProbability': {
    en: ({ id }) =>
      `Flow "${id}" leaves an or gateway, which takes each flow by its own probability: it must be greater than 0 and at most 1.`,
    'zh-CN': ({ id }) => `连线“${id}”从包容网关出发，按自身概率选择：概率必须大于 0 且不超过 1。`,
  },
  'flow.conditionSyntax': {
    en: ({ id, column, detail }) =>
      `Flow "${id}": the condition has an error at column ${column}: ${detail}`,
    'zh-CN': ({ id, column, detail }) => `连线“${id}”：条件在第 ${column} 列有错误：${detail}`,
  },
  'role.unknown': {
    en: ({ id }) => `There is no role "${id}" in this process; add the role first.`,
    'zh-CN': ({ id }) => `本流程中没有角色“${id}”；请先添加该角色。`,
  },
  'role.inUse': {
    en: ({ id, usedBy }) =>
      `Role "${id}" is still used by ${usedBy}; pass reassignTo with another role to move that work.`,
    'zh-CN': ({ id, usedBy }) =>
      `角色“${id}”仍被 ${usedBy} 使用；请用 reassignTo 指定接手的其他角色。`,
  },
  'role.reportsToCycle': {
    en: ({ id, chain }) =>
      `Role "${id}" would report to itself (${chain}); choose a reports-to role outside its own reporting line.`,
    'zh-CN': ({ id, chain }) =>
      `角色“${id}”将形成循环汇报（${chain}）；请选择其汇报链之外的直接上级。`,
  },
  'role.reassignSelf': {
    en: ({ id }) => `Role "${id}" cannot be reassigned to itself; name another role.`,
    'zh-CN': ({ id }) => `角色“${id}”不能转交给自己；请指定其他角色。`,
  },
  'roles.orderMismatch': {
    en: ({ expected }) =>
      `The new lane order must list each of the ${expected} roles exactly once.`,
    'zh-CN': ({ expected }) => `新的泳道顺序必须恰好列出全部 ${expected} 个角色各一次。`,
  },
  'calendar.unknown': {
    en: ({ id }) => `There is no calendar "${id}" in this process; add the calendar first.`,
    'zh-CN': ({ id }) => `本流程中没有日历“${id}”；请先添加该日历。`,
  },
  'calendar.inUse': {
    en: ({ id, usedBy }) => `Calendar "${id}" is still used by ${usedBy}; change those first.`,
    'zh-CN': ({ id, usedBy }) => `日历“${id}”仍被 ${usedBy} 使用；请先修改它们。`,
  },
  'data.unknown': {
    en: ({ id }) => `There is no data object "${id}" in this process; add it first.`,
    'zh-CN': ({ id }) => `本流程中没有数据对象“${id}”；请先添加它。`,
  },
  'risk.unknown': {
    en: ({ id }) => `There is no risk "${id}" in this process.`,
    'zh-CN': ({ id }) => `本流程中没有风险“${id}”。`,
  },
  'kpi.unknown': {
    en: ({ id }) => `There is no KPI "${id}" in this process.`,
    'zh-CN': ({ id }) => `本流程中没有 KPI“${id}”。`,
  },
  'merge.tooFew': {
    en: () => 'Select at least two different steps to merge.',
    'zh-CN': () => '请至少选择两个不同的步骤进行合并。',
  },
  'merge.notTask': {
    en: ({ id, type }) => `Step "${id}" is a ${type}; only tasks can be merged.`,
    'zh-CN': ({ id, type }) => `步骤“${id}”是 ${type}；只有任务可以合并。`,
  },
  'merge.notSequence': {
    en: ({ from, to }) =>
      `Steps "${from}" and "${to}" are not connected by a flow; merge steps that follow each other, in order.`,
    'zh-CN': ({ from, to }) => `步骤“${from}”与“${to}”之间没有连线；只能按顺序合并前后相连的步骤。`,
  },
  'merge.sideExit': {
    en: ({ id, flow }) =>
      `Step "${id}" also leaves the merged steps by flow "${flow}"; only the last merged step may have outgoing flows elsewhere.`,
    'zh-CN': ({ id, flow }) =>
      `步骤“${id}”还通过连线“${flow}”离开待合并步骤；只有最后一个步骤可以有其他出线。`,
  },
};

/** Builds the refusal `code` with its message in `lang`. Pure. */
export function refusal<C extends RefusalCode>(
  code: C,
  params: CommandMessageParams[C],
  lang: Lang = 'en',
): Refusal {
  return { code, message: formatMessage(commandMessages, code, params, lang) };
}
