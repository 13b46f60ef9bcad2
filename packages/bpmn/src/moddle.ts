// The declaration must travel with this file to every program that compiles it (the CLI, tests).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./bpmnModdle.d.ts" />
import { BpmnModdle, type BpmnModdleInstance } from 'bpmn-moddle';
import { flowsmithDescriptor } from './flowsmithDescriptor';
import { qbpDescriptor } from './simulation/qbp/qbpDescriptor';

/** A moddle element seen loosely: its type and properties, all read through the helpers below. */
export interface El {
  readonly $type: string;
  [key: string]: unknown;
}

/** A bpmn-moddle instance that knows the `flowsmith:` and `qbp:` namespaces. */
export function createModdle(): BpmnModdleInstance {
  return BpmnModdle({ flowsmith: flowsmithDescriptor, qbp: qbpDescriptor });
}

/** Whether `v` is a moddle element. */
export function isEl(v: unknown): v is El {
  return (
    typeof v === 'object' && v !== null && typeof (v as { $type?: unknown }).$type === 'string'
  );
}

/** Whether `el` is (a subtype of) the BPMN type `type`, e.g. `bpmn:Task`. */
export function isA(el: El, type: string): boolean {
  const check = (el as { $instanceOf?: unknown }).$instanceOf;
  return typeof check === 'function' ? Boolean(check.call(el, type)) : el.$type === type;
}

/** A string property, or undefined. */
export function str(el: El, key: string): string | undefined {
  const v = el[key];
  return typeof v === 'string' ? v : undefined;
}

/** A list property's elements (absent or malformed lists read as empty). */
export function list(el: El, key: string): El[] {
  const v = el[key];
  return Array.isArray(v) ? v.filter(isEl) : [];
}

/** A single element property, or undefined (unresolved references are strings, not elements). */
export function one(el: El, key: string): El | undefined {
  const v = el[key];
  return isEl(v) ? v : undefined;
}

/** Creates an element of `type` with the given properties. */
export function make(
  moddle: BpmnModdleInstance,
  type: string,
  attrs: Record<string, unknown> = {},
): El {
  const el = moddle.create(type, attrs);
  if (!isEl(el)) throw new Error(`bpmn-moddle created no element for ${type}`);
  return el;
}
