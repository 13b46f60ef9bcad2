/**
 * The fields a Chinese company's controlled documents need and FORMAT.md does not name: who a
 * role is in the organisation (所属部门, 直接上级, 岗位编号, 任职资格, 权限), how the process
 * document is controlled (文件编号, 版本, 生效日期, 编制/审核/批准), what it refers to (相关文件)
 * and defines (定义), and how a record is kept (表单编号, 保存部门, 保存期限). All optional.
 */

/** What a role is: people with a job description, a system (OA, ERP) or a party outside the company. */
export type RoleKind = 'person' | 'system' | 'external';

/** Every {@link RoleKind}, in the order an editor offers them. */
export const ROLE_KINDS: readonly RoleKind[] = ['person', 'system', 'external'];

/** Document control of the process's SOP (文件控制信息). */
export interface DocumentControl {
  /** 文件编号, e.g. `QP-PUR-001`. */
  number?: string;
  /** 版本, e.g. `A/1`, `2.0`. */
  version?: string;
  /** 生效日期, a real `YYYY-MM-DD` date. */
  effectiveDate?: string;
  /** 编制 (name or post). */
  preparedBy?: string;
  /** 审核. */
  reviewedBy?: string;
  /** 批准. */
  approvedBy?: string;
  /** 编制部门. */
  preparingDepartment?: string;
  /** 适用部门. */
  departments?: string[];
}

/** A document this process refers to (相关文件): a policy, an authority matrix, a form. */
export interface RelatedDocument {
  number?: string;
  title: string;
}

/** A term the SOP defines (定义), e.g. 三单匹配. */
export interface Definition {
  term: string;
  meaning: string;
}

/** How a data object is kept as a record (记录与表单). */
export interface DataForm {
  /** 表单编号, e.g. `QP-PUR-001-F01`. */
  number?: string;
  /** 保存部门 / 保管人: a role id or a department's name. */
  keeper?: string;
  /** 保存期限, as written: `5 年`, `10 years`. */
  retention?: string;
}

/** The document-control keys, in the order they are written. */
export const DOCUMENT_CONTROL_KEYS = [
  'number',
  'version',
  'effectiveDate',
  'preparedBy',
  'reviewedBy',
  'approvedBy',
  'preparingDepartment',
  'departments',
] as const satisfies readonly (keyof DocumentControl)[];

/** The data-form keys, in the order they are written. */
export const DATA_FORM_KEYS = [
  'number',
  'keeper',
  'retention',
] as const satisfies readonly (keyof DataForm)[];
