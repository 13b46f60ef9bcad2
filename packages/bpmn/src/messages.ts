import { formatMessage, type Lang, type MessageTable } from '@flowsmith/model';

/** Parameters of import errors, by code. */
export type ImportErrorParams = {
  empty: Record<string, never>;
  'too-large': { bytes: number; limit: number };
  binary: Record<string, never>;
  'not-xml': { start: string };
  'too-deep': { depth: number; limit: number; line: number };
  'not-bpmn': { detail: string };
  'too-many-unknown': { count: number; name: string; line: number };
  'no-process': Record<string, never>;
  unreadable: { detail: string };
};

/** The codes of {@link BpmnImportError}. */
export type ImportErrorCode = keyof ImportErrorParams;

const mb = (n: number) => (n / 2 ** 20).toFixed(1);

/** Why a file cannot be imported, in English and Chinese. */
export const importErrorMessages: MessageTable<ImportErrorParams> = {
  empty: {
    en: () => 'The file is empty. Choose a .bpmn file exported from a BPMN modeler.',
    'zh-CN': () => '文件为空。请选择从 BPMN 建模工具导出的 .bpmn 文件。',
  },
  'too-large': {
    en: (p) =>
      `The file is ${mb(p.bytes)} MB; BPMN import takes at most ${mb(p.limit)} MB. Split the model or remove embedded images.`,
    'zh-CN': (p) =>
      `文件大小为 ${mb(p.bytes)} MB，BPMN 导入最多支持 ${mb(p.limit)} MB。请拆分模型或删除内嵌图片。`,
  },
  binary: {
    en: () =>
      'This is a binary file, not BPMN XML. Export the diagram as .bpmn (BPMN 2.0 XML) and import that.',
    'zh-CN': () => '这是二进制文件，不是 BPMN XML。请将图导出为 .bpmn（BPMN 2.0 XML）后再导入。',
  },
  'not-xml': {
    en: (p) =>
      `This is not XML (it starts with "${p.start}"). A .bpmn file starts with "<?xml" or "<definitions".`,
    'zh-CN': (p) =>
      `这不是 XML 文件（开头为“${p.start}”）。.bpmn 文件应以“<?xml”或“<definitions”开头。`,
  },
  'too-deep': {
    en: (p) =>
      `Elements are nested more than ${p.limit} levels deep (line ${p.line}); no BPMN model needs that. The file is probably damaged or hostile.`,
    'zh-CN': (p) =>
      `元素嵌套超过 ${p.limit} 层（第 ${p.line} 行），正常 BPMN 模型不会如此。文件可能已损坏或不可信。`,
  },
  'not-bpmn': {
    en: (p) =>
      `This XML is not a BPMN 2.0 model (${p.detail}). Export it from the modeler as BPMN 2.0 XML.`,
    'zh-CN': (p) => `该 XML 不是 BPMN 2.0 模型（${p.detail}）。请从建模工具导出为 BPMN 2.0 XML。`,
  },
  'too-many-unknown': {
    en: (p) =>
      `The file holds ${p.count} elements the BPMN reader does not know or ids used twice (the first: <${p.name}> on line ${p.line}); reading them all would take too long. Export plain BPMN 2.0 from the modeler, without vendor content.`,
    'zh-CN': (p) =>
      `文件包含 ${p.count} 个 BPMN 解析器不认识的元素或重复标识（第一个：第 ${p.line} 行的 <${p.name}>），逐一读取耗时过长。请从建模工具导出不含厂商扩展内容的标准 BPMN 2.0。`,
  },
  'no-process': {
    en: () =>
      'The BPMN file contains no process (only collaborations, diagrams or definitions). Nothing to import.',
    'zh-CN': () => 'BPMN 文件中没有流程（只有协作、图或定义），无可导入内容。',
  },
  unreadable: {
    en: (p) => `The BPMN file could not be read: ${p.detail}`,
    'zh-CN': (p) => `无法读取 BPMN 文件：${p.detail}`,
  },
};

type El = { id: string; type: string };

/** Parameters of import warnings, by code. */
export type WarningParams = {
  'moddle-warning': { detail: string };
  'element-left-out': El;
  'flow-reconnected': El & { via: string };
  'flow-dropped': El & { via: string };
  'flow-merged': El & { via: string };
  'flow-unconnected': El;
  'gateway-approximated': El;
  'boundary-event-as-xor': El & { host: string };
  'event-definition-ignored': El & { definition: string };
  'timer-without-duration': El;
  'loop-approximated': El;
  'subprocess-approximated': El;
  'call-without-target': El;
  'call-target-outside': El & { process: string };
  'condition-not-understood': El & { text: string; reason: string };
  'nested-lanes-flattened': El & { name: string };
  'pool-as-document': El & { name: string };
  'pool-without-process': El;
  'id-renamed': El & { to: string };
  'position-missing': El;
};

/** The codes of {@link BpmnWarning}. */
export type WarningCode = keyof WarningParams;

/** What was approximated or left out on import, in English and Chinese. */
export const warningMessages: MessageTable<WarningParams> = {
  'moddle-warning': {
    en: (p) => `BPMN reader: ${p.detail}`,
    'zh-CN': (p) => `BPMN 解析器：${p.detail}`,
  },
  'element-left-out': {
    en: (p) => `${p.type} "${p.id}" has no equivalent in Flowsmith and was left out.`,
    'zh-CN': (p) => `${p.type}“${p.id}”在 Flowsmith 中没有对应元素，已略去。`,
  },
  'flow-reconnected': {
    en: (p) => `Sequence flow "${p.id}" was reconnected around the left-out element "${p.via}".`,
    'zh-CN': (p) => `顺序流“${p.id}”已绕过被略去的元素“${p.via}”重新连接。`,
  },
  'flow-dropped': {
    en: (p) =>
      `Sequence flow "${p.id}" led to or from the left-out element "${p.via}" and was removed; check the connections there.`,
    'zh-CN': (p) => `顺序流“${p.id}”连接被略去的元素“${p.via}”，已删除；请检查该处的连接。`,
  },
  'flow-merged': {
    en: (p) =>
      `Sequence flow "${p.id}" was absorbed when the flows around the left-out element "${p.via}" were joined.`,
    'zh-CN': (p) => `连接被略去元素“${p.via}”两侧的顺序流合并时，顺序流“${p.id}”被并入。`,
  },
  'flow-unconnected': {
    en: (p) =>
      `Sequence flow "${p.id}" has a source or target the BPMN reader could not find; it was removed.`,
    'zh-CN': (p) => `顺序流“${p.id}”的源或目标无法解析，已删除。`,
  },
  'gateway-approximated': {
    en: (p) =>
      `${p.type} "${p.id}" was imported as an exclusive (xor) gateway: only one outgoing path is taken. Review its branches.`,
    'zh-CN': (p) =>
      `${p.type}“${p.id}”已作为排他（xor）网关导入：只会走一条出口路径。请检查其分支。`,
  },
  'boundary-event-as-xor': {
    en: (p) =>
      `Boundary event ${p.type} "${p.id}" on "${p.host}" became an xor gateway after "${p.host}": the case continues normally or along the event's path.`,
    'zh-CN': (p) =>
      `边界事件 ${p.type}“${p.id}”（位于“${p.host}”）已转为“${p.host}”之后的 xor 网关：案例正常继续，或走该事件的路径。`,
  },
  'event-definition-ignored': {
    en: (p) =>
      `The ${p.definition} of ${p.type} "${p.id}" was ignored; it is imported as a plain event.`,
    'zh-CN': (p) => `${p.type}“${p.id}”的 ${p.definition} 已忽略，按普通事件导入。`,
  },
  'timer-without-duration': {
    en: (p) =>
      `Timer "${p.id}" has no ISO-8601 duration (PT…) Flowsmith can read; set its wait time.`,
    'zh-CN': (p) => `定时器“${p.id}”没有可识别的 ISO-8601 时长（PT…），请设置等待时间。`,
  },
  'loop-approximated': {
    en: (p) =>
      `The loop or multi-instance marker of ${p.type} "${p.id}" was dropped; it is imported as one run.`,
    'zh-CN': (p) => `${p.type}“${p.id}”的循环或多实例标记已去掉，按执行一次导入。`,
  },
  'subprocess-approximated': {
    en: (p) => `${p.type} "${p.id}" was imported as an ordinary subprocess.`,
    'zh-CN': (p) => `${p.type}“${p.id}”已作为普通子流程导入。`,
  },
  'call-without-target': {
    en: (p) =>
      `Call activity "${p.id}" names no called process; its subprocess points at "${p.id}".`,
    'zh-CN': (p) => `调用活动“${p.id}”未指定被调用流程，其子流程指向“${p.id}”。`,
  },
  'call-target-outside': {
    en: (p) =>
      `Call activity "${p.id}" calls process "${p.process}", which is not in this file; it stays a subprocess calling "${p.process}": put that process beside it (or import it) before analysing or simulating.`,
    'zh-CN': (p) =>
      `调用活动“${p.id}”调用的流程“${p.process}”不在此文件中；它仍作为调用“${p.process}”的子流程导入：分析或仿真前请把该流程放在旁边（或一并导入）。`,
  },
  'condition-not-understood': {
    en: (p) =>
      `The condition "${p.text}" of flow "${p.id}" is not in Flowsmith's condition language (${p.reason}); it is kept as the flow's label.`,
    'zh-CN': (p) =>
      `顺序流“${p.id}”的条件“${p.text}”不符合 Flowsmith 条件语言（${p.reason}），已保留为连线标签。`,
  },
  'nested-lanes-flattened': {
    en: (p) =>
      `Lane "${p.name}" (${p.id}) had nested lanes; they were flattened into roles named "parent / child".`,
    'zh-CN': (p) => `泳道“${p.name}”（${p.id}）包含嵌套泳道，已展开为名为“父 / 子”的角色。`,
  },
  'pool-as-document': {
    en: (p) => `Pool "${p.name}" (${p.id}) was imported as a separate process document.`,
    'zh-CN': (p) => `池“${p.name}”（${p.id}）已作为单独的流程文档导入。`,
  },
  'pool-without-process': {
    en: (p) => `Pool "${p.id}" has no process (a black-box participant) and was left out.`,
    'zh-CN': (p) => `池“${p.id}”没有流程（黑盒参与者），已略去。`,
  },
  'id-renamed': {
    en: (p) => `Id "${p.id}" is not a valid Flowsmith id or is used twice; it became "${p.to}".`,
    'zh-CN': (p) => `标识“${p.id}”不是有效的 Flowsmith 标识或重复，已改为“${p.to}”。`,
  },
  'position-missing': {
    en: (p) => `${p.type} "${p.id}" has no diagram position; run auto-layout to place it.`,
    'zh-CN': (p) => `${p.type}“${p.id}”没有图形位置，请运行自动布局。`,
  },
};

/** Renders an import warning. Pure. */
export function warningText<C extends WarningCode>(
  code: C,
  params: WarningParams[C],
  lang?: Lang,
): string {
  return formatMessage(warningMessages, code, params, lang);
}
