import { contextNames, type ActualKind, type ReferenceKind } from '../messages/parseMessages';
import { childPath } from './jsonPath';
import { nearestName } from './nearestName';
import type { DeclaredId, ProblemCollector } from './ProblemCollector';

const ID_SYNTAX = /^[A-Za-z0-9_.-]+$/;

/** What a value is, as messages name it. Pure. */
export function kindOf(value: unknown): ActualKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'object':
    case 'string':
    case 'number':
    case 'boolean':
      return typeof value as ActualKind;
    default:
      return 'other';
  }
}

/** Whether `value` is a (non-array) object whose own fields can be read. Pure. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the fields of one input object, reporting each wrong one to the collector and returning
 * `undefined` for it. Only own fields are read (`hasOwn`), so `__proto__`, `constructor` and
 * inherited names are never picked up; values are copied, never the input objects themselves.
 */
export class ObjectReader {
  private constructor(
    readonly c: ProblemCollector,
    readonly path: string,
    private readonly source: Record<string, unknown>,
  ) {}

  /** A reader for `value` at `path`, or `undefined` (reported) when it is not an object. */
  static open(c: ProblemCollector, value: unknown, path: string): ObjectReader | undefined {
    if (isRecord(value)) return new ObjectReader(c, path, value);
    c.report(path, 'field.type', { expected: 'object', actual: kindOf(value) });
    return undefined;
  }

  /** Reports every own field that is not in `known`, with the nearest known name as a hint. */
  rejectUnknown(known: readonly string[], context: string): void {
    for (const key of Object.keys(this.source)) {
      if (known.includes(key)) continue;
      this.c.report(this.at(key), 'field.unknown', {
        field: key,
        hint: nearestName(key, known),
        context: contextNames[this.c.lang](context),
      });
    }
  }

  /** Whether the object has its own field `key`. */
  has(key: string): boolean {
    return Object.hasOwn(this.source, key);
  }

  /** The raw value of own field `key`, or `undefined`. */
  raw(key: string): unknown {
    return this.has(key) ? this.source[key] : undefined;
  }

  /** The path of field `key`. */
  at(key: string): string {
    return childPath(this.path, key);
  }

  /** Whether field `key` is present; reports it as required when not and `required`. */
  private present(key: string, required: boolean): boolean {
    if (this.has(key) && this.source[key] !== undefined) return true;
    if (required) this.c.report(this.path, 'field.required', { field: key });
    return false;
  }

  private typeProblem(key: string, expected: 'string' | 'boolean' | 'array' | 'number'): void {
    this.c.report(this.at(key), 'field.type', { expected, actual: kindOf(this.raw(key)) });
  }

  /** A string field. */
  string(key: string, required = false): string | undefined {
    if (!this.present(key, required)) return undefined;
    const v = this.raw(key);
    if (typeof v === 'string') return v;
    this.typeProblem(key, 'string');
    return undefined;
  }

  /** A string field holding an id (`[A-Za-z0-9_.-]+`). */
  id(key: string, required = false): string | undefined {
    const v = this.string(key, required);
    if (v === undefined) return undefined;
    if (ID_SYNTAX.test(v)) return v;
    this.c.report(this.at(key), 'id.syntax', { id: v });
    return undefined;
  }

  /**
   * The required `id` of an entry that declares a `kind` (a role, step, flow, …), recorded in the
   * collector for the duplicate-id and reference checks that need the whole document.
   */
  declaredId(kind: DeclaredId['kind']): string | undefined {
    const id = this.id('id', true);
    if (id !== undefined) this.c.ids.push({ path: this.path, kind, id });
    return id;
  }

  /** An id field that refers to a `kind` declared elsewhere in the document. */
  reference(key: string, kind: Exclude<ReferenceKind, 'process'>, required = false) {
    const v = this.id(key, required);
    if (v !== undefined) this.c.references.push({ path: this.at(key), kind, id: v });
    return v;
  }

  /** A list of ids referring to `kind`. */
  references(key: string, kind: Exclude<ReferenceKind, 'process'>): string[] | undefined {
    const list = this.stringList(key);
    if (list === undefined) return undefined;
    const base = this.at(key);
    list.forEach((id, i) => {
      const path = childPath(base, i);
      if (!ID_SYNTAX.test(id)) this.c.report(path, 'id.syntax', { id });
      else this.c.references.push({ path, kind, id });
    });
    return list;
  }

  /** A finite number field. */
  number(key: string, required = false): number | undefined {
    if (!this.present(key, required)) return undefined;
    const v = this.raw(key);
    if (typeof v !== 'number') this.typeProblem(key, 'number');
    else if (!Number.isFinite(v)) this.c.report(this.at(key), 'number.notFinite', {});
    else return v;
    return undefined;
  }

  /** A boolean field. */
  boolean(key: string, required = false): boolean | undefined {
    if (!this.present(key, required)) return undefined;
    const v = this.raw(key);
    if (typeof v === 'boolean') return v;
    this.typeProblem(key, 'boolean');
    return undefined;
  }

  /** A list field, as a fresh array of the raw items. */
  list(key: string, required = false): unknown[] | undefined {
    if (!this.present(key, required)) return undefined;
    const v = this.raw(key);
    if (Array.isArray(v)) return Array.from(v);
    this.typeProblem(key, 'array');
    return undefined;
  }

  /** A list of strings; a wrong item is reported and the list dropped. */
  stringList(key: string, required = false): string[] | undefined {
    const items = this.list(key, required);
    if (items === undefined) return undefined;
    let ok = true;
    items.forEach((item, i) => {
      if (typeof item === 'string') return;
      ok = false;
      this.c.report(childPath(this.at(key), i), 'field.type', {
        expected: 'string',
        actual: kindOf(item),
      });
    });
    return ok ? (items as string[]) : undefined;
  }

  /** A string field that must be one of `allowed`. */
  oneOf<T extends string>(key: string, allowed: readonly T[], required = false): T | undefined {
    const v = this.string(key, required);
    if (v === undefined) return undefined;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    this.c.report(this.at(key), 'field.enum', {
      value: v,
      allowed,
      hint: nearestName(v, allowed),
    });
    return undefined;
  }

  /**
   * A number field that must satisfy `rule`: `positive` (> 0), `nonNegative` (>= 0),
   * `positiveInteger` (1, 2, …) or `probability` (0..1).
   */
  constrained(key: string, rule: NumberRule, required = false): number | undefined {
    const v = this.number(key, required);
    if (v === undefined) return undefined;
    const ok =
      rule === 'positive'
        ? v > 0
        : rule === 'nonNegative'
          ? v >= 0
          : rule === 'positiveInteger'
            ? Number.isInteger(v) && v >= 1
            : v >= 0 && v <= 1;
    if (ok) return v;
    const code =
      rule === 'positive'
        ? 'number.positive'
        : rule === 'nonNegative'
          ? 'number.nonNegative'
          : rule === 'positiveInteger'
            ? 'number.positiveInteger'
            : 'probability.range';
    this.c.report(this.at(key), code, { value: v });
    return undefined;
  }
}

/** The constraints `ObjectReader.constrained` knows. */
export type NumberRule = 'positive' | 'nonNegative' | 'positiveInteger' | 'probability';
