import type { Calendar } from './calendar';
import type { DataForm, Definition, DocumentControl, RelatedDocument } from './documentFields';
import type { DutyPairName } from './duty';
import type { Flow } from './flow';
import type { Role } from './role';
import type { CaseValue, Step } from './step';
import type { DotVote, ParkingItem, WasteTag, WorkshopNote, WorkshopTimer } from './workshop';

/** The `format` marker every process document carries. */
export const FORMAT_ID = 'flowsmith.process';
/** The format version this code writes; older documents migrate on load. */
export const FORMAT_VERSION = 1;

/** A document or record that steps read and write (采购单, invoice, …). */
export interface DataObject {
  id: string;
  name: string;
  description?: string;
  /** How it is kept as a record: 表单编号, 保存部门, 保存期限. */
  form?: DataForm;
}

/** Something that can go wrong, the steps it concerns and what is done about it. */
export interface Risk {
  id: string;
  name: string;
  steps?: string[];
  mitigation?: string;
}

/** A key performance indicator the process is measured by. */
export interface Kpi {
  id: string;
  name: string;
  target?: string;
  /** 计算公式: how it is computed, in words (`从申请提交到订单下达的日历天数平均值`). */
  formula?: string;
  /** 统计周期: how often it is measured and over what span, as said (`按月`, `monthly`). */
  period?: string;
}

/** One entry of the document's revision history (修订记录). */
export interface Revision {
  version: string;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  author?: string;
  summary: string;
}

/** How the editor draws lanes; a view preference kept with the document. */
export interface ViewSettings {
  lanes?: 'horizontal' | 'vertical';
}

/** A process document, version 1 (FORMAT.md): the contract between all parts of Flowsmith. */
export interface ProcessDocument {
  format: typeof FORMAT_ID;
  version: typeof FORMAT_VERSION;
  id: string;
  name: string;
  /** BCP-47 tag; the default language of generated documents. */
  language?: string;
  /** ISO 4217 code of the currency costs are in (`CNY`, `EUR`); default CNY for zh-CN documents, else none named. */
  currency?: string;
  description?: string;
  /** Role id of the process owner. */
  owner?: string;
  /** Id of the as-is document this to-be was derived from. */
  derivedFrom?: string;
  /**
   * Pairs of incompatible duties this process lets one role hold (`"purchase/receive"` in a
   * small shop where the buyer also receives); the analysis then reports no duty conflict for them.
   */
  allowedDutyPairs?: DutyPairName[];
  /** 文件编号, 版本, 生效日期, 编制/审核/批准, 编制部门, 适用部门 of its SOP. */
  documentControl?: DocumentControl;
  /** 相关文件: policies and forms the process refers to. */
  relatedDocuments?: RelatedDocument[];
  /** 定义: the terms its SOP defines. */
  definitions?: Definition[];
  roles: Role[];
  calendars?: Calendar[];
  data?: DataObject[];
  steps: Step[];
  flows: Flow[];
  risks?: Risk[];
  kpis?: Kpi[];
  revisions?: Revision[];
  view?: ViewSettings;
  /** Workshop sticky notes (types/workshop.ts). */
  notes?: WorkshopNote[];
  /** Wastes and pain points named on steps in a workshop. */
  wasteTags?: WasteTag[];
  /** Dot votes for steps and notes. */
  votes?: DotVote[];
  /** Items set aside for later (停车场). */
  parkingLot?: ParkingItem[];
  /** Dots each participant may place (default `DEFAULT_VOTE_BUDGET`). */
  voteBudget?: number;
  /** The facilitator's countdown. */
  timer?: WorkshopTimer;
  /** How cases behave in simulation beyond the steps: start moment, case data, priorities. */
  simulation?: SimulationSettings;
}

/**
 * The document's own simulation settings (FORMAT extension; a scenario's fields of the same
 * name win over them): what the organisation's cases look like, as imported from BPSim, QBP or
 * Prosimos or entered in the app.
 */
export interface SimulationSettings {
  /**
   * Local date-time simulation time 0 stands for, `YYYY-MM-DDTHH:MM[:SS]`; calendars and event
   * logs follow it. Default `2024-01-01T00:00` (a Monday).
   */
  start?: string;
  /** Case data drawn once per case when it arrives; conditions and priorities read it. */
  attributes?: Record<string, CaseValue>;
  /** The first rule whose condition holds gives a case its priority; otherwise 0. */
  priorities?: PriorityRule[];
}

/** `{ condition: "amount > 50000", priority: 2 }`: higher priorities are served first. */
export interface PriorityRule {
  condition: string;
  priority: number;
}

/**
 * FORMAT.md's order of a document's top-level keys, every key of `ProcessDocument` once: parsed
 * documents are written in this order, problems are listed in it, and a key a patch adds back goes
 * to its place.
 */
export const TOP_LEVEL_KEYS = [
  'format',
  'version',
  'id',
  'name',
  'language',
  'currency',
  'description',
  'owner',
  'derivedFrom',
  'allowedDutyPairs',
  'documentControl',
  'relatedDocuments',
  'definitions',
  'roles',
  'calendars',
  'data',
  'steps',
  'flows',
  'risks',
  'kpis',
  'revisions',
  'view',
  'notes',
  'wasteTags',
  'votes',
  'parkingLot',
  'voteBudget',
  'timer',
  'simulation',
] as const satisfies readonly (keyof ProcessDocument)[];
