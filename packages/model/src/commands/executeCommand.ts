import type { Lang } from '../messages/lang';
import { refusal, type Refusal } from '../messages/commandMessages';
import { applyPatch } from '../patch/applyPatch';
import type { Patch } from '../patch/patch';
import type { ProcessDocument } from '../types/process';
import type { Command } from './command';
import { commandRegistry, type CommandCall } from './commandRegistry';

/** The outcome of {@link executeCommand}. */
export type CommandResult =
  { ok: true; patch: Patch; document: ProcessDocument } | { ok: false; refusal: Refusal };

function lookup(id: string): Command<string, unknown> | undefined {
  // Calls may come from JSON (CLI, collaboration), so the id is checked at run time too.
  if (!Object.prototype.hasOwnProperty.call(commandRegistry, id)) return undefined;
  return commandRegistry[id as keyof typeof commandRegistry] as unknown as Command<string, unknown>;
}

/**
 * Why `call` cannot run on `doc` (code and message in `options.lang`), or null if it can. Pure.
 */
export function canExecute(
  doc: ProcessDocument,
  call: CommandCall,
  options: { lang?: Lang } = {},
): Refusal | null {
  const command = lookup(call.id);
  if (!command) return refusal('command.unknown', { id: String(call.id) }, options.lang);
  return command.canExecute(doc, call.params, options.lang);
}

/**
 * Runs `call` on `doc`: the patch and the new document, or the refusal. Pure: `doc` is not
 * touched; undo is `applyPatch(result.document, invertPatch(result.patch))`.
 */
export function executeCommand(
  doc: ProcessDocument,
  call: CommandCall,
  options: { lang?: Lang } = {},
): CommandResult {
  const refused = canExecute(doc, call, options);
  if (refused) return { ok: false, refusal: refused };
  const patch = lookup(call.id)!.execute(doc, call.params);
  return { ok: true, patch, document: applyPatch(doc, patch) };
}
