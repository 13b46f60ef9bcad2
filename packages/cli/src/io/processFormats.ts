import {
  isJsonSyntaxProblem,
  parseProcessJson,
  type ParseOptions,
  type ProcessDocument,
  type Problem,
} from '@flowsmith/model';
import { bpmnFormat } from './bpmnFormat';

/** What reading a file of some kind gives: a document, its problems, or text that is not of that kind. */
export type ProcessReadResult =
  | {
      ok: true;
      document: ProcessDocument;
      warnings: Problem[];
      /** other documents the file holds (a .bpmn's embedded sub-processes and further pools) */
      companions?: ProcessDocument[];
    }
  | {
      ok: false;
      problems: Problem[];
      /** the text is not of this kind at all (not JSON, not XML) */ unreadable: boolean;
    };

/** One kind of process file: how to read its text and write a document as its text. */
export interface ProcessFormat {
  /** Name shown to people, e.g. `Flowsmith JSON`. */
  name: string;
  /** File name endings, lower case, longest first (`.flow.json` before `.json`). */
  extensions: readonly string[];
  read(text: string, options: ParseOptions): Promise<ProcessReadResult>;
  write(document: ProcessDocument): Promise<string>;
}

const flowJson: ProcessFormat = {
  name: 'Flowsmith JSON',
  extensions: ['.flow.json', '.json'],
  async read(text, options) {
    const result = parseProcessJson(text, options);
    if (result.ok) return result;
    return {
      ok: false,
      problems: result.problems,
      unreadable: result.problems.some(isJsonSyntaxProblem),
    };
  },
  async write(document) {
    return `${JSON.stringify(document, null, 2)}\n`;
  },
};

/**
 * Every kind of process file the CLI reads and writes, by file name ending. To add one (BPMN),
 * write its `ProcessFormat` and add it here; `loadProcessFile` and `convert` pick it up.
 */
export const processFormats: readonly ProcessFormat[] = [flowJson, bpmnFormat];

/** The format of the file at `path` by its ending (case-insensitive), or `undefined`. */
export function formatOfPath(path: string): ProcessFormat | undefined {
  const lower = path.toLowerCase();
  return processFormats.find((f) => f.extensions.some((ext) => lower.endsWith(ext)));
}

/** The endings of every known format, for messages: `.flow.json, .json`. */
export function knownExtensions(): string {
  return processFormats.flatMap((f) => f.extensions).join(', ');
}
