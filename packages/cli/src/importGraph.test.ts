/**
 * Issue 17 items 1 and 4: the CLI has no import cycles (the io/ loop bpmnFormat → writeProcessFile
 * → processFormats → bpmnFormat crashed with "Cannot access 'bpmnFormat' before initialization"
 * when loaded in another order), and start-up loads no heavy dependency: `--version` none,
 * `validate`/`convert`/`analyze` no Chromium, docx, elkjs or bpmn-moddle, and no command loads
 * Chromium before it prints.
 */
import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycle, staticClosure } from './testing/importGraph';
import { withTempDir } from './testing/tempDir';

const src = import.meta.dirname;
const sources = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
  .map((f) => join(src, f));
const HEAVY = ['playwright-core', 'docx', 'elkjs', 'bpmn-moddle'];
const heavyIn = (entry: string) =>
  [...staticClosure(join(src, entry)).packages].filter((p) => HEAVY.includes(p)).sort();

describe('the CLI import graph', () => {
  it('has no cycle of static imports', () => {
    const cycle = findCycle(sources);
    expect(cycle?.map((f) => relative(src, f))).toBeUndefined();
  });

  it('finds a cycle when there is one, and not through type-only imports', async () => {
    await withTempDir('import-cycle', async (dir) => {
      const [a, b, c] = ['a.ts', 'b.ts', 'c.ts'].map((f) => join(dir, f));
      await writeFile(a!, "import { b } from './b';\nexport const a = b;\n");
      await writeFile(b!, "import type { C } from './c';\nexport {\n  c as b,\n} from './c';\n");
      await writeFile(
        c!,
        "import type { B } from './b';\nimport { a } from './a';\nexport const c = a;\n",
      );
      expect(findCycle([a!, b!, c!])).toEqual([a, b, c, a]);
      await writeFile(c!, "import type { B } from './b';\nexport const c = 1;\n");
      expect(findCycle([a!, b!, c!])).toBeUndefined();
    });
  });

  it('starts with commander and the process model only', () => {
    const { packages } = staticClosure(join(src, 'bin.ts'));
    expect([...packages].sort()).toEqual(['commander']);
  });

  it('loads no heavy dependency for validate, convert or analyze until a file needs it', () => {
    for (const command of ['validate', 'convert', 'analyze', 'simulate', 'diff'])
      expect(heavyIn(`commands/${command}.ts`), command).toEqual([]);
  });

  it('loads Chromium only when a document is printed, in no command at start', () => {
    for (const file of sources)
      expect(staticClosure(file).packages.has('playwright-core'), relative(src, file)).toBe(false);
  });
});
