import type { Lang } from '../messages/lang';
import type { Calendar } from '../types/calendar';
import type { Flow } from '../types/flow';
import type { DataObject, Kpi, ProcessDocument, Risk } from '../types/process';
import type { Role } from '../types/role';
import type { Step } from '../types/step';
import type {
  DotVote,
  ParkingItem,
  WasteTag,
  WorkshopNote,
  WorkshopTimer,
} from '../types/workshop';

/** Every field name of `T` but `id`; distributes over unions (all step types' fields). */
type FieldsOf<T> = T extends unknown ? Exclude<keyof T, 'id'> : never;
/** One label per field of `T`: the compiler refuses a label set that forgets a field. */
type LabelsOf<T> = { readonly [K in FieldsOf<T>]-?: string };

/** The record types whose fields a change list names, and what each one's fields are. */
export interface FieldLabelSet {
  /** The document's own fields (its header, collections and workshop material). */
  process: LabelsOf<Omit<ProcessDocument, 'format' | 'version'>>;
  step: LabelsOf<Step>;
  flow: LabelsOf<Flow>;
  role: LabelsOf<Role>;
  calendar: LabelsOf<Calendar>;
  data: LabelsOf<DataObject>;
  risk: LabelsOf<Risk>;
  kpi: LabelsOf<Kpi>;
  note: LabelsOf<WorkshopNote>;
  wasteTag: LabelsOf<WasteTag>;
  vote: LabelsOf<DotVote>;
  parkingItem: LabelsOf<ParkingItem>;
  timer: LabelsOf<WorkshopTimer>;
}

/** A record type {@link FIELD_LABELS} labels the fields of. */
export type LabelledRecord = keyof FieldLabelSet;

const en: FieldLabelSet = {
  process: {
    name: 'name',
    language: 'language',
    currency: 'currency',
    description: 'description',
    owner: 'process owner',
    derivedFrom: 'derived from',
    allowedDutyPairs: 'allowed duty pairs',
    documentControl: 'document control',
    relatedDocuments: 'related documents',
    definitions: 'definitions',
    roles: 'roles',
    calendars: 'calendars',
    data: 'data',
    steps: 'steps',
    flows: 'flows',
    risks: 'risks',
    kpis: 'KPIs',
    revisions: 'revision history',
    view: 'view settings',
    notes: 'sticky notes',
    wasteTags: 'waste tags',
    votes: 'votes',
    parkingLot: 'parking lot',
    voteBudget: 'votes per participant',
    timer: 'timer',
    simulation: 'simulation settings',
  },
  step: {
    type: 'type',
    name: 'name',
    position: 'position',
    description: 'description',
    arrival: 'arrivals',
    kind: 'kind',
    role: 'role',
    raci: 'RACI',
    duration: 'duration',
    value: 'value class',
    inputs: 'inputs',
    outputs: 'outputs',
    system: 'system',
    instructions: 'instructions',
    cautions: 'cautions',
    sla: 'SLA',
    control: 'control',
    process: 'subprocess',
    batch: 'batch',
    sets: 'case data set',
    terminate: 'terminate end',
  },
  flow: {
    from: 'source',
    to: 'target',
    label: 'label',
    probability: 'probability',
    condition: 'condition',
    default: 'default flow',
  },
  role: {
    name: 'name',
    capacity: 'capacity',
    costPerHour: 'cost per hour',
    calendar: 'calendar',
    authority: 'authority',
    description: 'description',
    department: 'department',
    reportsTo: 'reports to',
    jobCode: 'job code',
    purpose: 'purpose of the job',
    qualifications: 'qualifications',
    permissions: 'authorities',
    kind: 'kind (person, system or outside party)',
    members: 'members',
    queue: 'queue order',
  },
  calendar: { name: 'name', timezone: 'time zone', week: 'working hours' },
  data: { name: 'name', description: 'description', form: 'form and record keeping' },
  risk: { name: 'name', steps: 'steps', mitigation: 'contingency' },
  kpi: { name: 'name', target: 'target', formula: 'formula', period: 'period' },
  note: {
    text: 'text',
    author: 'author',
    createdAt: 'time written',
    colour: 'colour',
    resolved: 'resolved',
    on: 'element',
    position: 'position',
  },
  wasteTag: { step: 'step', waste: 'waste', author: 'tagged by' },
  vote: { by: 'voter', on: 'voted for' },
  parkingItem: { text: 'text', author: 'raised by', createdAt: 'time written', done: 'done' },
  timer: { duration: 'duration', startedAt: 'start', pausedAt: 'paused at', label: 'label' },
};

const zh: FieldLabelSet = {
  process: {
    name: '名称',
    language: '语言',
    currency: '币种',
    description: '说明',
    owner: '流程负责人',
    derivedFrom: '来源流程',
    allowedDutyPairs: '允许兼任的职责',
    documentControl: '文件控制信息',
    relatedDocuments: '相关文件',
    definitions: '定义',
    roles: '角色',
    calendars: '日历',
    data: '数据',
    steps: '步骤',
    flows: '连线',
    risks: '风险',
    kpis: '关键指标',
    revisions: '修订记录',
    view: '视图设置',
    notes: '便签',
    wasteTags: '浪费标记',
    votes: '投票',
    parkingLot: '停车场',
    voteBudget: '每人票数',
    timer: '计时器',
    simulation: '仿真设置',
  },
  step: {
    type: '类型',
    name: '名称',
    position: '位置',
    description: '说明',
    arrival: '到达',
    kind: '任务类型',
    role: '角色',
    raci: 'RACI',
    duration: '时长',
    value: '价值分类',
    inputs: '输入',
    outputs: '输出',
    system: '系统',
    instructions: '作业说明',
    cautions: '注意事项',
    sla: '时限',
    control: '控制点',
    process: '子流程',
    batch: '批处理',
    sets: '设置的案例数据',
    terminate: '终止结束',
  },
  flow: {
    from: '起点',
    to: '终点',
    label: '标签',
    probability: '概率',
    condition: '条件',
    default: '默认分支',
  },
  role: {
    name: '名称',
    capacity: '人数',
    costPerHour: '小时成本',
    calendar: '日历',
    authority: '权限级别',
    description: '说明',
    department: '所属部门',
    reportsTo: '直接上级',
    jobCode: '岗位编号',
    purpose: '岗位目的',
    qualifications: '任职资格',
    permissions: '岗位权限',
    kind: '类别（人员、系统或外部单位）',
    members: '成员',
    queue: '排队规则',
  },
  calendar: { name: '名称', timezone: '时区', week: '工作时间' },
  data: { name: '名称', description: '说明', form: '表单与保存' },
  risk: { name: '名称', steps: '相关步骤', mitigation: '应对措施' },
  kpi: { name: '名称', target: '目标', formula: '计算公式', period: '统计周期' },
  note: {
    text: '内容',
    author: '作者',
    createdAt: '写下时间',
    colour: '颜色',
    resolved: '已解决',
    on: '所属元素',
    position: '位置',
  },
  wasteTag: { step: '步骤', waste: '浪费类型', author: '标记人' },
  vote: { by: '投票人', on: '投票对象' },
  parkingItem: { text: '内容', author: '提出人', createdAt: '写下时间', done: '已处理' },
  timer: { duration: '时长', startedAt: '开始时间', pausedAt: '暂停时间', label: '标签' },
};

/**
 * What a reader of the change list calls each field of each record type, in English and
 * Chinese (`role.reportsTo` → "reports to" / 直接上级). Complete by construction: the type
 * lists every field of the model's types, so a new field does not compile until it has a label.
 */
export const FIELD_LABELS: Record<Lang, FieldLabelSet> = { en, 'zh-CN': zh };

/**
 * The label of `field` of a `record`, in `lang`; a name no record type has (from a newer
 * file, say) is returned as written. Pure.
 */
export function fieldLabel(record: LabelledRecord, field: string, lang: Lang): string {
  const labels = FIELD_LABELS[lang][record] as Readonly<Record<string, string>>;
  return Object.hasOwn(labels, field) ? labels[field]! : field;
}
