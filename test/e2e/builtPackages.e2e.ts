/**
 * Issue 17 item 1: every workspace package builds to ESM JavaScript with declarations
 * (`pnpm build:packages`, which `pnpm test` runs before the end-to-end tests). Plain Node loads
 * each built entry with the exports of its source, and a consumer project type-checks against the
 * declarations under NodeNext resolution — the way a project outside this workspace sees them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const packagesDir = join(root, 'packages');

type Target = string | Record<string, string>;
interface Entry {
  pkg: string;
  name: string;
  subpath: string;
  source: string;
  built: string;
}

/** Every export of every workspace package: its source and its build. */
async function entries(): Promise<Entry[]> {
  const found: Entry[] = [];
  for (const dir of (await readdir(packagesDir)).sort()) {
    const manifest = JSON.parse(await readFile(join(packagesDir, dir, 'package.json'), 'utf8')) as {
      name: string;
      exports: Record<string, Target>;
    };
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      expect(typeof target, `${manifest.name} ${subpath}`).toBe('object');
      const t = target as Record<string, string>;
      expect(t.types, `${manifest.name} ${subpath}`).toMatch(/^\.\/dist\/.+\.d\.ts$/);
      const built = join(packagesDir, dir, t.default!);
      if (!existsSync(built))
        throw new Error(`${built} is missing: run \`pnpm build:packages\` first`);
      found.push({
        pkg: dir,
        name: manifest.name,
        subpath,
        source: join(packagesDir, dir, t['@flowsmith/source']!),
        built,
      });
    }
  }
  return found;
}

let consumer = '';
afterAll(() => (consumer ? rm(consumer, { recursive: true, force: true }) : undefined));

describe('the built packages', () => {
  it('load in plain Node with the same exports as their source', async () => {
    const all = await entries();
    // One Node process imports every build (no Vite, no tsx, no source condition).
    const script =
      `const files = ${JSON.stringify(all.map((e) => pathToFileURL(e.built).href))};` +
      'const keys = [];' +
      'for (const f of files) keys.push(Object.keys(await import(f)).sort());' +
      'console.log(JSON.stringify(keys));';
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(r.status, r.stderr).toBe(0);
    const built = JSON.parse(r.stdout) as string[][];
    for (const [i, entry] of all.entries()) {
      const source = Object.keys((await import(entry.source)) as object).sort();
      expect(built[i], `${entry.name} ${entry.subpath}`).toEqual(source);
    }
  });

  it('type-check in a NodeNext consumer project, types intact through every re-export', async () => {
    consumer = await mkdtemp(join(tmpdir(), 'flowsmith-consumer-'));
    await mkdir(join(consumer, 'node_modules', '@flowsmith'), { recursive: true });
    for (const dir of await readdir(packagesDir))
      await symlink(join(packagesDir, dir), join(consumer, 'node_modules', '@flowsmith', dir));
    await writeFile(
      join(consumer, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    await writeFile(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['index.ts'],
      }),
    );
    await writeFile(
      join(consumer, 'index.ts'),
      [
        "import { parseProcess, gallery, type ProcessDocument } from '@flowsmith/model';",
        "import { analyze, blocksSimulation } from '@flowsmith/analysis';",
        "import { prepareSimulation } from '@flowsmith/simulation';",
        "import * as runtime from '@flowsmith/compiler/runtime';",
        'const parsed = parseProcess(gallery.mm1);',
        'if (parsed.ok) {',
        '  const doc: ProcessDocument = parsed.document;',
        '  const count: number = doc.steps.length;',
        '  // @ts-expect-error the types arrive (were they `any`, this line would not be an error)',
        '  const wrong: string = doc.steps.length;',
        '  const blocking = analyze(doc).findings.filter(blocksSimulation);',
        '  console.log(count, wrong, blocking.length, typeof prepareSimulation, runtime);',
        '}',
        '',
      ].join('\n'),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', consumer], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
