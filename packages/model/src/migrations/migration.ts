/**
 * One step of the format's history: turns a document of version `from` into one of `from + 1`.
 * `migrate` is pure and builds fresh objects; it sees a JSON object that has not been validated,
 * so it copies what it does not understand unchanged and lets the parser judge the result.
 */
export interface Migration {
  from: number;
  migrate(document: Readonly<Record<string, unknown>>): Record<string, unknown>;
}
