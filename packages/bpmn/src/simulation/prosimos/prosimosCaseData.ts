import type { CaseValue, PriorityRule } from '@flowsmith/model';
import { join, type JsonObject, type JsonReader } from '../JsonReader';
import type { SimulationWarnings } from '../SimulationWarnings';
import { prosimosCondition } from './prosimosCondition';
import { prosimosDistribution } from './prosimosDistribution';

/** Prosimos `case_attributes`: discrete → `{ choice }`, continuous → a distribution (no unit). */
export function caseAttributes(
  root: JsonObject,
  reader: JsonReader,
  notes: SimulationWarnings,
): Record<string, CaseValue> | undefined {
  const list = reader.array(root, 'case_attributes', '', true);
  if (list.length === 0) return undefined;
  const out: Record<string, CaseValue> = {};
  list.forEach((raw, i) => {
    const at = join('case_attributes', i);
    const a = reader.object(raw, at);
    const name = a && reader.string(a, 'name', at);
    if (!a || name === undefined) return;
    if (a.type === 'discrete') {
      const choice: Record<string, number> = {};
      reader.array(a, 'values', at).forEach((v, j) => {
        const o = reader.object(v, join(join(at, 'values'), j));
        const key = o && reader.string(o, 'key', join(join(at, 'values'), j));
        const p = o && reader.number(o, 'value', join(join(at, 'values'), j));
        if (key !== undefined && p !== undefined) choice[key] = p;
      });
      out[name] = { choice };
    } else if (a.type === 'continuous') {
      const v = reader.object(a.values, join(at, 'values'));
      const d = v && prosimosDistribution(v, join(at, 'values'), reader, undefined);
      if (d) out[name] = d;
    } else
      notes.warn('simulation-left-out', {
        id: name,
        what: `case attribute type ${JSON.stringify(a.type)}`,
      });
  });
  return out;
}

/**
 * Prosimos `prioritisation_rules` as priority rules: Prosimos serves the lowest `priority_level`
 * first, Flowsmith the highest `priority`, so level L becomes (highest level − L + 1).
 */
export function priorityRules(
  root: JsonObject,
  reader: JsonReader,
  notes: SimulationWarnings,
): PriorityRule[] | undefined {
  const list = reader.array(root, 'prioritisation_rules', '', true);
  if (list.length === 0) return undefined;
  const read: Array<{ level: number; condition: string }> = [];
  list.forEach((raw, i) => {
    const at = join('prioritisation_rules', i);
    const r = reader.object(raw, at);
    const level = r && reader.number(r, 'priority_level', at);
    if (!r || level === undefined) return;
    const condition = prosimosCondition(r.rules);
    if (condition === undefined)
      notes.warn('simulation-left-out', { id: at, what: 'prioritisation rule' });
    else read.push({ level, condition });
  });
  // Prosimos serves the lowest level first; Flowsmith the highest priority.
  read.sort((a, b) => a.level - b.level);
  const top = Math.max(...read.map((r) => r.level));
  return read.map((r) => ({ condition: r.condition, priority: top - r.level + 1 }));
}
