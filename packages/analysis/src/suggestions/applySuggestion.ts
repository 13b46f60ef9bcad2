import {
  executeCommand,
  squashPatches,
  stepsRemoveDependants,
  type CommandCall,
  type Lang,
  type RemovalWarning,
  type Patch,
  type ProcessDocument,
} from '@flowsmith/model';
import type { Suggestion } from '../types';

/**
 * The outcome of {@link applySuggestion}: the new document, one patch for the whole edit and what
 * its removals and merges leave for people to check (model SPEC.md RM), or why not.
 */
export type SuggestionResult =
  | { ok: true; document: ProcessDocument; patch: Patch; warnings: RemovalWarning[] }
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
  const warnings: RemovalWarning[] = [];
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
    warnings.push(...warningsOf(current, call));
    patches.push(r.patch);
    current = r.document;
  }
  return { ok: true, document: current, patch: squashPatches(patches), warnings };
}

/** The warnings a removal or merge gives on the document it runs on (model SPEC.md RM). Pure. */
function warningsOf(doc: ProcessDocument, call: CommandCall): RemovalWarning[] {
  if (call.id === 'steps.remove' && call.params.dependants)
    return stepsRemoveDependants(doc, new Set(call.params.ids)).warnings;
  if (call.id === 'steps.merge') {
    const [, ...others] = call.params.ids;
    const names = call.params.ids.map((id) => doc.steps.find((s) => s.id === id)?.name ?? id);
    const name = call.params.name ?? names.join(' + ');
    return stepsRemoveDependants(doc, new Set(others), { merged: { name } }).warnings;
  }
  return [];
}
