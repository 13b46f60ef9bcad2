import {
  formatMessage,
  parseProcess,
  type ParseOptions,
  type ProcessDocument,
  type Problem,
} from '@flowsmith/model';
import type { BpmnWarning } from '@flowsmith/bpmn';
import type { ProcessFormat, ProcessReadResult } from './ProcessFormat';
import { bpmnCliMessages } from './bpmnCliMessages';

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
 * about it); `simulation: false` leaves out the file's BPSim/QBP data. Import warnings come back
 * as problems with path `bpmn:<id>`; a file that is
 * not BPMN comes back `unreadable` with the importer's sentence; a main document that fails the
 * format's checks comes back with its problems.
 */
export async function readBpmnFile(
  text: string,
  options: ParseOptions & { simulation?: boolean; fileName?: string } = {},
): Promise<BpmnReadResult> {
  // bpmn-moddle (and elkjs behind the export) load only when a .bpmn file is read or written.
  const { BpmnImportError, importBpmn } = await import('@flowsmith/bpmn');
  let imported;
  try {
    imported = await importBpmn(text, {
      lang: options.lang,
      simulation: options.simulation,
      ...(options.fileName ? { fallbackName: options.fileName } : {}),
    });
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
  async write(document) {
    const { exportBpmn } = await import('@flowsmith/bpmn');
    return exportBpmn(document);
  },
};
