import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository's packages folder. */
const packagesDir = resolve(import.meta.dirname, '../../..');

/** One module's static imports: workspace files (absolute paths) and third-party package names. */
export interface ModuleImports {
  files: string[];
  packages: string[];
}

/**
 * The imports a TypeScript file loads when it is evaluated: `import … from` and `export … from`,
 * not `import type` / `export type` (erased) nor `import()` (loaded later, on demand). Relative
 * specifiers resolve to `.ts` files (or a folder's `index.ts`), `@flowsmith/*` to the package's
 * source entry; anything else is a third-party package, by name. For tests.
 */
export function staticImports(file: string): ModuleImports {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;'"]*?\sfrom\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
  ].map((m) => m[1]!);
  const files: string[] = [];
  const packages: string[] = [];
  for (const spec of specifiers) {
    if (spec.startsWith('node:')) continue;
    if (spec.startsWith('.')) files.push(resolveRelative(dirname(file), spec));
    else if (spec.startsWith('@flowsmith/')) files.push(resolveWorkspace(spec));
    else
      packages.push(
        spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!,
      );
  }
  return { files, packages };
}

function resolveRelative(from: string, spec: string): string {
  const base = join(from, spec);
  // A node16-style `./x.js` names the TypeScript source `./x.ts`.
  const source = base.endsWith('.js') ? `${base.slice(0, -3)}.ts` : base;
  for (const candidate of [source, `${base}.ts`, join(base, 'index.ts'), base])
    if (existsSync(candidate) && candidate !== base) return candidate;
  if (existsSync(base)) return base;
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

function resolveWorkspace(spec: string): string {
  const [scope, name, ...rest] = spec.split('/');
  const dir = join(packagesDir, name!);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    exports: Record<string, string | Record<string, string>>;
  };
  const key = rest.length ? `./${rest.join('/')}` : '.';
  const target = manifest.exports[key];
  const source = typeof target === 'string' ? target : target?.['@flowsmith/source'];
  if (!source) throw new Error(`${scope}/${name} exports no source for ${key}`);
  return join(dir, source);
}

/** Every module `entry` loads statically (itself included) and every third-party package they import. */
export function staticClosure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (files.has(file) || !file.endsWith('.ts')) continue;
    files.add(file);
    const found = staticImports(file);
    found.packages.forEach((p) => packages.add(p));
    stack.push(...found.files);
  }
  return { files, packages };
}

/**
 * The first cycle of static imports among `files` (as the list of files around it, the first
 * repeated at the end), or undefined when there is none. Imports leaving `files` are not followed.
 */
export function findCycle(files: readonly string[]): string[] | undefined {
  const inSet = new Set(files);
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file];
    state.set(file, 'open');
    path.push(file);
    for (const next of staticImports(file).files.filter((f) => inSet.has(f))) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of files) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}
