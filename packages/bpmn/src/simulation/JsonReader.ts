import type { Lang, Problem } from '@flowsmith/model';
import {
  simulationErrorText,
  type SimulationErrorCode,
  type SimulationErrorParams,
} from './simulationMessages';

/** A JSON value seen loosely. */
export type Json = unknown;
/** A JSON object. */
export type JsonObject = Record<string, unknown>;

/**
 * Reads a parsed JSON file field by field, collecting a problem (JSON path + sentence) for every
 * value of the wrong kind instead of stopping at the first. Getters return `undefined` after
 * recording the problem, so callers skip what they cannot read.
 */
export class JsonReader {
  readonly problems: Problem[] = [];

  constructor(readonly lang?: Lang) {}

  /** Records a problem at `path`. */
  fail<C extends SimulationErrorCode>(
    path: string,
    code: C,
    params: SimulationErrorParams[C],
  ): void {
    this.problems.push({
      path,
      code: `simulation.${code}`,
      message: simulationErrorText(code, params, this.lang),
    });
  }

  /** `v` as an object, or a problem. */
  object(v: Json, path: string): JsonObject | undefined {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as JsonObject;
    this.fail(path, 'expected-object', {});
    return undefined;
  }

  /** `o[key]` as a list; absent = `[]` when `optional`, else a problem. */
  array(o: JsonObject, key: string, path: string, optional = false): Json[] {
    const v = o[key];
    if (v === undefined && optional) return [];
    if (Array.isArray(v)) return v;
    this.fail(join(path, key), 'expected-array', {});
    return [];
  }

  /** `o[key]` as a string (numbers are accepted and written as text). */
  string(o: JsonObject, key: string, path: string): string | undefined {
    const v = o[key];
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    this.fail(join(path, key), 'expected-string', {});
    return undefined;
  }

  /** `o[key]` as a finite number (numeric strings are accepted, as Prosimos does). */
  number(o: JsonObject, key: string, path: string): number | undefined {
    const v = o[key];
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    if (typeof n === 'number' && Number.isFinite(n)) return n;
    this.fail(join(path, key), 'expected-number', {});
    return undefined;
  }
}

/** `path.key`, or `key` at the root. Pure. */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}
