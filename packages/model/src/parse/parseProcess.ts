import { migrateProcess } from '../migrations/migrateProcess';
import { FORMAT_ID, FORMAT_VERSION, TOP_LEVEL_KEYS, type ProcessDocument } from '../types/process';
import { checkReferences } from './checkReferences';
import { checkCondition } from './checkCondition';
import { checkSimulationFields } from './checkSimulationFields';
import { childPath } from './jsonPath';
import { ObjectReader } from './ObjectReader';
import { parseCalendar } from './parseCalendar';
import {
  checkReportsTo,
  parseDefinition,
  parseDocumentControl,
  parseRelatedDocument,
} from './parseDocumentFields';
import { parseDutyPairs } from './parseDutyPairs';
import { parseFlow } from './parseFlow';
import { parseDataObject, parseKpi, parseRevision, parseRisk, parseView } from './parseRecords';
import type { ParseOptions, ParseResult, Problem } from './parseResult';
import { parseRole } from './parseRole';
import { parseSimulationSettings } from './parseSimulationSettings';
import { parseStep, type ProcessReference } from './parseStep';
import { ProblemCollector } from './ProblemCollector';
import { parseWorkshop } from './parseWorkshop';

// Widened so that any key of the input can be looked up.
const TOP_LEVEL: readonly string[] = TOP_LEVEL_KEYS;
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * Parses and validates a process document (FORMAT.md, version 1, with the fields of the model's
 * types), after migrating it from an older version. Reports every problem at once, each with a
 * JSON path and a sentence in `options.lang`. On success the document is a fresh deep copy with
 * known fields only, in canonical key order, bare-number durations expanded. What a drawing in
 * progress has (steps not connected, no start or end, a task without a role) is not a problem.
 * Pure; never throws, whatever the input.
 */
export function parseProcess(input: unknown, options: ParseOptions = {}): ParseResult {
  const c = new ProblemCollector(options.lang ?? 'en');
  try {
    return parseChecked(c, input, options);
  } catch (error) {
    // a hostile non-JSON input (a throwing getter, a Proxy) must not take the caller down
    c.report('', 'document.unreadable', {
      detail: error instanceof Error ? error.message : String(error),
    });
    return { ok: false, problems: c.problems };
  }
}

/**
 * The problems ordered as the document reads: by top-level field (canonical order), then by entry
 * index; stable, so the problems of one entry keep the order they were found in.
 */
function inDocumentOrder(problems: Problem[]): Problem[] {
  const key = (path: string): [number, number] => {
    const m = /^([A-Za-z_$][\w$]*)(?:\[(\d+)\])?/.exec(path);
    if (!m) return [-1, -1];
    const top = TOP_LEVEL.indexOf(m[1]!);
    return [top === -1 ? TOP_LEVEL.length : top, m[2] === undefined ? -1 : Number(m[2])];
  };
  return problems
    .map((problem, i) => ({ problem, i, k: key(problem.path) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map(({ problem }) => problem);
}

function parseChecked(c: ProblemCollector, input: unknown, options: ParseOptions): ParseResult {
  const migrated = migrateProcess(input, { lang: c.lang });
  c.problems.push(...migrated.problems);
  if (!migrated.document) return { ok: false, problems: c.problems };
  const r = ObjectReader.open(c, migrated.document, '')!;
  r.rejectUnknown(TOP_LEVEL, 'the document');
  const format = r.raw('format');
  if (format === undefined) c.report('', 'field.required', { field: 'format' });
  else if (format !== FORMAT_ID) {
    c.report('format', 'format.wrong', { actual: JSON.stringify(format) ?? String(format) });
  }
  const id = r.id('id', true);
  const name = r.string('name', true);
  const language = r.string('language');
  if (language !== undefined && !LANGUAGE_TAG.test(language)) {
    c.report('language', 'language.syntax', { value: language });
  }
  const currency = r.string('currency');
  if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) {
    c.report('currency', 'currency.syntax', { value: currency });
  }
  const description = r.string('description');
  const owner = r.reference('owner', 'role');
  const derivedFrom = r.id('derivedFrom');
  const allowedDutyPairs = parseDutyPairs(c, r);
  const documentControl = r.has('documentControl')
    ? parseDocumentControl(c, r.raw('documentControl'), 'documentControl')
    : undefined;
  const processRefs: ProcessReference[] = [];
  const list = <T>(
    key: string,
    required: boolean,
    parse: (v: unknown, path: string) => T | undefined,
    kind?: 'role' | 'calendar' | 'data' | 'step',
  ) => {
    const items = r.list(key, required);
    if (items === undefined && kind && (required || r.has(key))) c.unreadableKinds.add(kind);
    return items?.map((item, i) => parse(item, childPath(key, i)));
  };
  const relatedDocuments = list('relatedDocuments', false, (v, p) => parseRelatedDocument(c, v, p));
  const definitions = list('definitions', false, (v, p) => parseDefinition(c, v, p));
  const roles = list('roles', false, (v, p) => parseRole(c, v, p), 'role');
  if (roles) checkReportsTo(c, roles, 'roles');
  const calendars = list('calendars', false, (v, p) => parseCalendar(c, v, p), 'calendar');
  const data = list('data', false, (v, p) => parseDataObject(c, v, p), 'data');
  const steps = list('steps', true, (v, p) => parseStep(c, v, p, processRefs), 'step');
  const flows = list('flows', true, (v, p) => parseFlow(c, v, p, checkCondition));
  const risks = list('risks', false, (v, p) => parseRisk(c, v, p));
  const kpis = list('kpis', false, (v, p) => parseKpi(c, v, p));
  const revisions = list('revisions', false, (v, p) => parseRevision(c, v, p));
  const view = r.has('view') ? parseView(c, r.raw('view'), 'view') : undefined;
  const workshop = parseWorkshop(c, r);
  const simulation = r.has('simulation')
    ? parseSimulationSettings(c, r.raw('simulation'), 'simulation', checkCondition)
    : undefined;
  checkReferences(c, id, processRefs, options.resolveProcess);
  checkSimulationFields(c, { roles, calendars, steps, flows });
  if (c.problems.length > 0) return { ok: false, problems: inDocumentOrder(c.problems) };
  const document: ProcessDocument = {
    format: FORMAT_ID,
    version: FORMAT_VERSION,
    id: id!,
    name: name!,
    ...(language !== undefined && { language }),
    ...(currency !== undefined && { currency }),
    ...(description !== undefined && { description }),
    ...(owner !== undefined && { owner }),
    ...(derivedFrom !== undefined && { derivedFrom }),
    ...(allowedDutyPairs !== undefined && { allowedDutyPairs }),
    ...(documentControl !== undefined && { documentControl }),
    ...(relatedDocuments !== undefined && {
      relatedDocuments: relatedDocuments as NonNullable<ProcessDocument['relatedDocuments']>,
    }),
    ...(definitions !== undefined && {
      definitions: definitions as NonNullable<ProcessDocument['definitions']>,
    }),
    roles: (roles ?? []) as NonNullable<ProcessDocument['roles']>,
    ...(calendars !== undefined && {
      calendars: calendars as NonNullable<ProcessDocument['calendars']>,
    }),
    ...(data !== undefined && { data: data as NonNullable<ProcessDocument['data']> }),
    steps: steps as ProcessDocument['steps'],
    flows: flows as ProcessDocument['flows'],
    ...(risks !== undefined && { risks: risks as NonNullable<ProcessDocument['risks']> }),
    ...(kpis !== undefined && { kpis: kpis as NonNullable<ProcessDocument['kpis']> }),
    ...(revisions !== undefined && {
      revisions: revisions as NonNullable<ProcessDocument['revisions']>,
    }),
    ...(view !== undefined && { view }),
    ...workshop,
    ...(simulation !== undefined && { simulation }),
  };
  return { ok: true, document, warnings: [] };
}
