import { isJsonSyntaxProblem, parseProcessJson } from '@flowsmith/model';
import { bpmnFormat } from './bpmnFormat';
import type { ProcessFormat } from './ProcessFormat';

export type { ProcessFormat, ProcessReadResult } from './ProcessFormat';

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
