import { compileMachine, CompileError, type ProcessMachine } from '@flowsmith/compiler';
import type { Lang, ProcessDocument } from '@flowsmith/model';

/** Why a process cannot run: the compiler's problems, each naming its steps, in the chosen language. */
export interface RunRefusal {
  problems: Array<{ code: string; ids: string[]; message: string }>;
}

/** The compiled process, or why it cannot be compiled. */
export type CompiledForRun = { ok: true; machine: ProcessMachine } | ({ ok: false } & RunRefusal);

/**
 * Compiles `doc` for the run mode; a process the compiler refuses (a structural error, CM-ERR)
 * gives the problems in `lang` instead of throwing. Any other failure becomes one problem with
 * its message, so the panel never breaks. Pure apart from the compiler's work.
 */
export function compileForRun(doc: ProcessDocument, lang: Lang): CompiledForRun {
  try {
    return { ok: true, machine: compileMachine(doc, { lang }) };
  } catch (e) {
    if (e instanceof CompileError) return { ok: false, problems: e.problemsIn(lang) };
    return {
      ok: false,
      problems: [{ code: 'error', ids: [], message: e instanceof Error ? e.message : String(e) }],
    };
  }
}
