import { expect } from 'vitest';
import type { RefusalCode } from '../messages/commandMessages';
import { applyPatch } from '../patch/applyPatch';
import { invertPatch } from '../patch/invertPatch';
import type { Patch } from '../patch/patch';
import type { ProcessDocument } from '../types/process';
import type { CommandCall } from './commandRegistry';
import { canExecute, executeCommand } from './executeCommand';

/** A deep copy of a JSON document (structuredClone is not in the packages' ES lib). Test support. */
export function copyOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Freezes `value` and everything inside it, so a test fails on any mutation. Test support. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Test support: runs `call` on a frozen copy of `doc`, checks that undo (the inverse patch)
 * gives back `doc` exactly (deep and JSON text) and redo gives the result; returns both.
 */
export function expectRoundTrip(
  doc: ProcessDocument,
  call: CommandCall,
): { patch: Patch; document: ProcessDocument } {
  const before = deepFreeze(copyOf(doc));
  const result = executeCommand(before, call);
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} ${result.refusal.message}`);
  expect(JSON.stringify(before)).toBe(JSON.stringify(doc));
  const after = deepFreeze(result.document);
  const undone = applyPatch(after, invertPatch(result.patch));
  expect(undone).toEqual(before);
  expect(JSON.stringify(undone)).toBe(JSON.stringify(before));
  const redone = applyPatch(undone, result.patch);
  expect(redone).toEqual(after);
  expect(JSON.stringify(redone)).toBe(JSON.stringify(after));
  return { patch: result.patch, document: after };
}

/**
 * Test support: `call` is refused on `doc` with `code`, in English and Chinese, and the
 * message names `mention` when given.
 */
export function expectRefusal(
  doc: ProcessDocument,
  call: CommandCall,
  code: RefusalCode,
  mention?: string,
): void {
  const frozen = deepFreeze(copyOf(doc));
  const result = executeCommand(frozen, call, { lang: 'en' });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.refusal.code).toBe(code);
  const zh = canExecute(frozen, call, { lang: 'zh-CN' });
  expect(zh?.code).toBe(code);
  expect(zh?.message).not.toBe(result.refusal.message);
  expect(zh?.message).toMatch(/[\u4e00-\u9fff]/);
  if (mention !== undefined) {
    expect(result.refusal.message).toContain(mention);
    expect(zh?.message).toContain(mention);
  }
}
