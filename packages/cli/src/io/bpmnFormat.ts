import { basename, dirname, join } from 'node:path';
import {
  formatMessage,
  parseProcess,
  type Lang,
  type MessageTable,
  type ParseOptions,
  type ProcessDocument,
  type Problem,
} from '@flowsmith/model';
import { BpmnImportError, exportBpmn, importBpmn, type BpmnWarning } from '@flowsmith/bpmn';
import type { ProcessFormat, ProcessReadResult } from './processFormats';
import { writeProcessFile } from './writeProcessFile';

type BpmnCliParams = {
  companion: { id: string; file: string };
  companionInvalid: { id: string; count: number };
};

/** The CLI's own sentences about BPMN files, in English and Chinese. */
const bpmnCliMessages: MessageTable<BpmnCliParams> = {
  companion: {
    en: (p) =>
      `the embedded sub-process or pool "${p.id}" is a process of its own; written to ${p.file}`,
    'zh-CN': (p) => `内嵌子流程或池“${p.id}”是单独的流程，已写入 ${p.file}`,
  },
  companionInvalid: {
    en: (p) =>
      `the embedded sub-process or pool "${p.id}" has ${p.count} problem(s) and was not written`,
    'zh-CN': (p) => `内嵌子流程或池“${p.id}”有 ${p.count} 个问题，未写出`,
  },
};

/** A BPMN import warning as a CLI problem: path `bpmn:<element id>`, code `bpmn.<code>`. Pure. */
export function bpmnWarningProblem(w: BpmnWarning): Problem {
  return {
    path: w.elementId ? `bpmn:${w.elementId}` : '',
    code: `bpmn.${w.code}`,
    message: w.message,
  };
}

/** What a .bpmn file gives the CLI: the main document, the others that came with it, the warnings. */
export type BpmnReadResult =
  | { ok: true; document: ProcessDocument; companions: ProcessDocument[]; warnings: Problem[] }
  | { ok: false; problems: Problem[]; unreadable: boolean };

/**
 * Reads a .bpmn file: imports it (`importBpmn`), then checks every document like a .flow.json
 * (`parseProcess`), a call activity to a process outside the file being no error (the import warns
 * about it). Import warnings come back as problems with path `bpmn:<id>`; a file that is
 * not BPMN comes back `unreadable` with the importer's sentence; a main document that fails the
 * format's checks comes back with its problems.
 */
export async function readBpmnFile(
  text: string,
  options: ParseOptions = {},
): Promise<BpmnReadResult> {
  let imported;
  try {
    imported = await importBpmn(text, { lang: options.lang });
  } catch (error) {
    if (!(error instanceof BpmnImportError)) throw error;
    return {
      ok: false,
      unreadable: true,
      problems: [{ path: '', code: `bpmn.${error.code}`, message: error.message }],
    };
  }
  // A call to a process outside the file was warned about by the import: the app and the CLI
  // both keep it as a subprocess calling that id, so it is a warning here, not a refusal.
  const ids = new Set([
    ...imported.documents.map((d) => d.id),
    ...(imported.externalProcesses ?? []),
  ]);
  const resolveProcess = (id: string) => ids.has(id) || (options.resolveProcess?.(id) ?? false);
  const checked = imported.documents.map((d) => parseProcess(d, { ...options, resolveProcess }));
  const [main, ...rest] = checked;
  const warnings = imported.warnings.map(bpmnWarningProblem);
  if (!main || !main.ok)
    return { ok: false, unreadable: false, problems: main && !main.ok ? main.problems : [] };
  const companions: ProcessDocument[] = [];
  rest.forEach((r, i) => {
    if (r.ok) companions.push(r.document);
    else {
      const id = imported.documents[i + 1]!.id;
      warnings.push({
        path: '',
        code: 'bpmn.companionInvalid',
        message: formatMessage(
          bpmnCliMessages,
          'companionInvalid',
          { id, count: r.problems.length },
          options.lang,
        ),
      });
    }
  });
  return {
    ok: true,
    document: main.document,
    companions,
    warnings: [...warnings, ...main.warnings],
  };
}

/** Where a companion document is written beside OUT: `<out-stem>.<child-id>.flow.json`. Pure. */
export function companionPath(out: string, childId: string): string {
  const stem = basename(out).replace(/\.flow\.json$|\.json$|\.bpmn$/i, '');
  return join(dirname(out), `${stem}.${childId}.flow.json`);
}

/**
 * Writes each companion document beside `out` (`companionPath`) in its format and returns, for
 * each, the sentence that says where it went. Throws `CliError` (exit 2) when a file cannot be
 * written, like `writeProcessFile`.
 */
export async function writeCompanions(
  out: string,
  companions: readonly ProcessDocument[],
  lang?: Lang,
): Promise<string[]> {
  const said: string[] = [];
  for (const doc of companions) {
    const file = companionPath(out, doc.id);
    await writeProcessFile(file, doc, lang);
    said.push(formatMessage(bpmnCliMessages, 'companion', { id: doc.id, file }, lang));
  }
  return said;
}

/** BPMN 2.0 XML (`.bpmn`): import with warnings, export with diagram and `flowsmith:` extensions. */
export const bpmnFormat: ProcessFormat = {
  name: 'BPMN 2.0 XML',
  extensions: ['.bpmn', '.bpmn2', '.bpmn.xml'],
  async read(text, options): Promise<ProcessReadResult> {
    const result = await readBpmnFile(text, options);
    if (!result.ok) return result;
    const { document, warnings, companions } = result;
    return { ok: true, document, warnings, companions };
  },
  write(document) {
    return exportBpmn(document);
  },
};
