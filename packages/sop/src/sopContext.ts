import {
  resolveLang,
  type Lang,
  type Position,
  type ProcessDocument,
  type Step,
} from '@flowsmith/model';
import { analyze, type AnalysisResult } from '@flowsmith/analysis';
import { documentLabels, type DocumentLabels } from './documentLabels';
import { sopLabels, type SopLabels } from './messages';
import { numberProcedure, type ProcedureNumbering } from './procedureNumbering';
import { procedureRows, type ProcedureRows } from './procedureRows';

/** Options of `buildSop` and `buildJobs`. */
export interface SopOptions {
  /** Language of the document; default the process's `language`, else English. */
  lang?: Lang;
  /** `YYYY-MM-DD`; default the latest revision's date. */
  effectiveDate?: string;
  /** Step centres for the flowchart (e.g. from `layoutForSop`); default the steps' own. */
  positions?: Readonly<Record<string, Position>>;
  /** A ready analysis of the document in the same language (the app has one); default computed. */
  analysis?: AnalysisResult;
}

/** What every section builder reads: the document, its language, analysis and numbering. */
export interface SopContext {
  doc: ProcessDocument;
  lang: Lang;
  t: SopLabels;
  /** The controlled document's words (cover, procedure table, …). */
  labels: DocumentLabels;
  analysis: AnalysisResult;
  numbering: ProcedureNumbering;
  /** The rows of the procedure table (tasks, subprocesses, timers), numbered 1, 2, … */
  rows: ProcedureRows;
  /** A role's name, or its id when no role has it. */
  roleName(id: string | null | undefined): string;
  /** A step's row number in the procedure, e.g. `4` (`?` for a step that is no row). */
  numberOf(id: string): string;
  /** `step 4 (name)` / `第4步（name）`. */
  ref(id: string): string;
  step(id: string): Step | undefined;
  dataName(id: string): string;
}

/**
 * The section number the structural numbering (`numberProcedure`) is given; the procedure
 * table itself numbers its rows 1, 2, … (`procedureRows`).
 */
export const PROCEDURE_SECTION = 7;

/** Builds the shared context of a document's sections. Pure. */
export function sopContext(doc: ProcessDocument, options: SopOptions): SopContext {
  const lang = options.lang ?? resolveLang(doc.language);
  const t = sopLabels[lang];
  const analysis = options.analysis ?? analyze(doc, { lang, suggestions: false });
  const labels = documentLabels[lang];
  const numbering = numberProcedure(doc, PROCEDURE_SECTION);
  const rows = procedureRows(numbering);
  const roles = new Map(doc.roles.map((r) => [r.id, r.name]));
  const data = new Map((doc.data ?? []).map((d) => [d.id, d.name]));
  const numberOf = (id: string) => rows.numbers.get(id) ?? '?';
  return {
    doc,
    lang,
    t,
    labels,
    analysis,
    numbering,
    rows,
    roleName: (id) => (id ? (roles.get(id) ?? id) : t.none),
    numberOf,
    ref: (id) => labels.stepRef(numberOf(id), numbering.graph.step(id)?.name ?? id),
    step: (id) => numbering.graph.step(id),
    dataName: (id) => data.get(id) ?? id,
  };
}

/** Whether a value is a finite number worth printing. */
export function finite(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
