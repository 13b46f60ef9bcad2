import {
  parseCondition,
  type CaseDataChange,
  type ConditionAst,
  type ProcessDocument,
} from '@flowsmith/model';

/** A type of value a condition compares case data with. */
export type CaseValueType = 'number' | 'string' | 'boolean';

/** One name of a case's data: read by conditions, declared as a data object, or both. */
export interface CaseDataField {
  /** The name as conditions write it (`amount`, `customer.tier`), or a data object's id. */
  name: string;
  /** `name` split at dots. */
  path: string[];
  /**
   * The types the conditions compare it with (`amount > 50000`: number; `urgent and …`: boolean),
   * in this order: number, string, boolean. Empty when they give no hint.
   */
  types: CaseValueType[];
  /** The ids of the decisions whose conditions read it (empty for declared data only). */
  readBy: string[];
  /** The ids of the tasks whose `sets` change it (CM-SET); empty when none does. */
  setBy: string[];
  /** A case attribute of the document's simulation settings (given when a case starts). */
  attribute?: true;
  /** The data object declared with this id (`data` of the document), with its name. */
  declared?: { name: string };
}

const ORDER: readonly CaseValueType[] = ['number', 'string', 'boolean'];

/**
 * The case data of a process (SPEC.md CM-DATA): every name its decisions' conditions read, with
 * the types they compare it with, every name a task `sets` and every case attribute of
 * `simulation.attributes` (typed by their values), and every declared data object — in document
 * order, names read by conditions first. Subprocesses' documents (`resolveProcess`) are included, since their data
 * is the case's too. Conditions that do not parse are skipped. Pure.
 */
export function caseDataFields(
  document: ProcessDocument,
  resolveProcess?: (processId: string) => ProcessDocument | undefined,
): CaseDataField[] {
  const fields = new Map<string, CaseDataField>();
  const field = (name: string): CaseDataField => {
    let f = fields.get(name);
    if (f === undefined) {
      f = { name, path: name.split('.'), types: [], readBy: [], setBy: [] };
      fields.set(name, f);
    }
    return f;
  };
  const seen = new Set<string>();
  const visit = (doc: ProcessDocument) => {
    if (seen.has(doc.id)) return;
    seen.add(doc.id);
    for (const flow of doc.flows) {
      if (flow.condition === undefined) continue;
      const parsed = parseCondition(flow.condition);
      if (!parsed.ok) continue;
      const hints = new Map<string, Set<CaseValueType>>();
      hintTypes(parsed.ast, true, hints);
      for (const name of parsed.names) {
        const f = field(name);
        if (!f.readBy.includes(flow.from)) f.readBy.push(flow.from);
        for (const t of hints.get(name) ?? []) if (!f.types.includes(t)) f.types.push(t);
      }
    }
    for (const step of doc.steps) {
      if (step.type !== 'subprocess') continue;
      const child = resolveProcess?.(step.process);
      if (child !== undefined) visit(child);
    }
  };
  visit(document);
  const written = (f: CaseDataField, value: CaseDataChange) => {
    const t = valueType(value);
    if (!f.types.includes(t)) f.types.push(t);
  };
  for (const id of seen) {
    const doc = id === document.id ? document : resolveProcess?.(id);
    for (const step of doc?.steps ?? []) {
      if (step.type !== 'task') continue;
      for (const [name, change] of Object.entries(step.sets ?? {})) {
        const f = field(name);
        if (!f.setBy.includes(step.id)) f.setBy.push(step.id);
        written(f, change);
      }
    }
  }
  for (const [name, value] of Object.entries(document.simulation?.attributes ?? {})) {
    const f = field(name);
    f.attribute = true;
    written(f, value);
  }
  const declare = (doc: ProcessDocument) => {
    for (const d of doc.data ?? []) {
      const f = field(d.id);
      f.declared ??= { name: d.name };
    }
  };
  declare(document);
  for (const id of [...seen].slice(1)) {
    const child = resolveProcess?.(id);
    if (child !== undefined) declare(child);
  }
  for (const f of fields.values()) f.types.sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  return [...fields.values()];
}

/** Collects, for each name in `node`, the types it is compared with or used as (a boolean operand). */
function hintTypes(
  node: ConditionAst,
  boolean: boolean,
  out: Map<string, Set<CaseValueType>>,
): void {
  const add = (name: string, t: CaseValueType) => {
    const set = out.get(name) ?? new Set<CaseValueType>();
    set.add(t);
    out.set(name, set);
  };
  switch (node.type) {
    case 'literal':
      return;
    case 'name':
      if (boolean) add(node.name, 'boolean');
      return;
    case 'not':
      return hintTypes(node.operand, true, out);
    case 'and':
    case 'or':
      for (const o of node.operands) hintTypes(o, true, out);
      return;
    case 'compare': {
      const { left, right } = node;
      for (const [a, b] of [
        [left, right],
        [right, left],
      ] as const) {
        if (a.type === 'name' && b.type === 'literal') add(a.name, typeOf(b.value));
        // `(x > 1) == flag`: the other side is a boolean.
        if (a.type === 'name' && b.type !== 'literal' && b.type !== 'name') add(a.name, 'boolean');
        if (a.type !== 'name') hintTypes(a, false, out);
      }
      return;
    }
  }
}

/** The type of the values a change or an attribute gives: drawn durations are numbers, choices text. */
function valueType(v: CaseDataChange): CaseValueType {
  if (typeof v !== 'object') return typeOf(v);
  return 'choice' in v ? 'string' : 'number';
}

const typeOf = (v: number | string | boolean): CaseValueType =>
  typeof v === 'number' ? 'number' : typeof v === 'string' ? 'string' : 'boolean';
