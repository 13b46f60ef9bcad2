import type { ParseOptions, ProcessDocument, Problem } from '@flowsmith/model';

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
  /** `fileName`: the file's name without its ending, for a format whose text may name nothing. */
  read(text: string, options: ParseOptions & { fileName?: string }): Promise<ProcessReadResult>;
  write(document: ProcessDocument): Promise<string>;
}
