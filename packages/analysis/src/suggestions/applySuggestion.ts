import {
  executeCommand,
  squashPatches,
  type Lang,
  type Patch,
  type ProcessDocument,
} from '@flowsmith/model';
import type { Suggestion } from '../types';

/** The outcome of {@link applySuggestion}: the new document and one patch for the whole edit, or why not. */
export type SuggestionResult =
  | { ok: true; document: ProcessDocument; patch: Patch }
  | { ok: false; code: string; message: string };

/**
 * Runs a suggestion's commands in order on `doc`; the squashed patch is one undoable edit.
 * Pure. Stops at the first command the model refuses (or that throws, reported as `command.failed`).
 */
export function applySuggestion(
  doc: ProcessDocument,
  suggestion: Suggestion,
  lang: Lang = 'en',
): SuggestionResult {
  let current = doc;
  const patches: Patch[] = [];
  for (const call of suggestion.commands) {
    let r: ReturnType<typeof executeCommand>;
    try {
      r = executeCommand(current, call, { lang });
    } catch (error) {
      // A command that throws is treated as refused: a suggestion must never break analysis.
      return {
        ok: false,
        code: 'command.failed',
        message: error instanceof Error ? error.message : String(error),
      };
    }
    if (!r.ok) return { ok: false, code: r.refusal.code, message: r.refusal.message };
    patches.push(r.patch);
    current = r.document;
  }
  return { ok: true, document: current, patch: squashPatches(patches) };
}
