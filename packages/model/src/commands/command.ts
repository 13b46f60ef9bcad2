import type { Lang } from '../messages/lang';
import type { Refusal } from '../messages/commandMessages';
import type { Patch } from '../patch/patch';
import type { ProcessDocument } from '../types/process';

/**
 * A named edit (diagram-js style `noun.verb`): `canExecute` says why it cannot run (or null),
 * `execute` returns the patch and never touches the document. Both are pure; `execute` may
 * assume `canExecute` returned null (use `executeCommand`, which checks).
 */
export interface Command<Id extends string, Params> {
  readonly id: Id;
  canExecute(doc: ProcessDocument, params: Params, lang?: Lang): Refusal | null;
  execute(doc: ProcessDocument, params: Params): Patch;
}

/** Declares a command with its id and params type inferred. Identity function. */
export function defineCommand<Id extends string, Params>(
  command: Command<Id, Params>,
): Command<Id, Params> {
  return command;
}
