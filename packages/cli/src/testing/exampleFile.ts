import { join } from 'node:path';

/** The path of the example process `examples/<name>.flow.json` at the repository root, for tests. */
export function exampleFile(name: string): string {
  return join(import.meta.dirname, '../../../../examples', `${name}.flow.json`);
}
