import type { DataObject, Kpi, Revision, Risk, ViewSettings } from '../types/process';
import { ObjectReader } from './ObjectReader';
import { parseDataForm } from './parseDocumentFields';
import type { ProblemCollector } from './ProblemCollector';
import { isDate } from './dates';
import { RECORD_FIELDS } from '../types/recordFields';

/** Reads a data object (a document or record steps read and write). */
export function parseDataObject(c: ProblemCollector, value: unknown, path: string) {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(RECORD_FIELDS.data, 'a data object');
  const id = r.declaredId('data');
  const name = r.string('name', true);
  const description = r.string('description');
  const form = r.has('form') ? parseDataForm(c, r.raw('form'), r.at('form')) : undefined;
  if (id === undefined || name === undefined) return undefined;
  const data: DataObject = { id, name };
  if (description !== undefined) data.description = description;
  if (form !== undefined) data.form = form;
  return data;
}

/** Reads a risk; its `steps` must be step ids. */
export function parseRisk(c: ProblemCollector, value: unknown, path: string) {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(RECORD_FIELDS.risks, 'a risk');
  const id = r.declaredId('risk');
  const name = r.string('name', true);
  const steps = r.references('steps', 'step');
  const mitigation = r.string('mitigation');
  if (id === undefined || name === undefined) return undefined;
  const risk: Risk = { id, name };
  if (steps !== undefined) risk.steps = steps;
  if (mitigation !== undefined) risk.mitigation = mitigation;
  return risk;
}

/** Reads a KPI: `name`, and optional `target`, `formula` (计算公式) and `period` (统计周期) texts. */
export function parseKpi(c: ProblemCollector, value: unknown, path: string) {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(RECORD_FIELDS.kpis, 'a kpi');
  const id = r.declaredId('kpi');
  const name = r.string('name', true);
  const target = r.string('target');
  const formula = r.string('formula');
  const period = r.string('period');
  if (id === undefined || name === undefined) return undefined;
  const kpi: Kpi = { id, name };
  if (target !== undefined) kpi.target = target;
  if (formula !== undefined) kpi.formula = formula;
  if (period !== undefined) kpi.period = period;
  return kpi;
}

/** Reads one entry of the revision history; `date` is a real `YYYY-MM-DD` date. */
export function parseRevision(c: ProblemCollector, value: unknown, path: string) {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(['version', 'date', 'author', 'summary'], 'a revision');
  const version = r.string('version', true);
  let date = r.string('date', true);
  if (date !== undefined && !isDate(date)) {
    c.report(r.at('date'), 'date.syntax', { value: date });
    date = undefined;
  }
  const author = r.string('author');
  const summary = r.string('summary', true);
  if (version === undefined || date === undefined || summary === undefined) return undefined;
  const revision: Revision = {
    version,
    date,
    ...(author !== undefined && { author }),
    summary,
  };
  return revision;
}

/** Reads the view settings kept with the document. */
export function parseView(c: ProblemCollector, value: unknown, path: string) {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(['lanes'], 'the view settings');
  const lanes = r.oneOf('lanes', ['horizontal', 'vertical'] as const);
  const view: ViewSettings = {};
  if (lanes !== undefined) view.lanes = lanes;
  return view;
}
