/**
 * Builds the workspace packages for people outside it: every package's `dist/` gets ESM JavaScript
 * (esbuild; its dependencies stay imports) and declarations (the `.d.ts` files of `tsc -b`, with
 * `.js` endings on relative imports so Node16 / NodeNext consumers resolve them), and
 * `@flowsmith/cli` gets one bundle of its own — the workspace packages inside, third-party
 * packages imported from its dependencies — with a plain-JS bin, `dist/bin.js`.
 *
 *   node scripts/build/buildPackages.mjs            every package (run `tsc -b` first)
 *   node scripts/build/buildPackages.mjs --cli      the CLI bundle only (no declarations)
 *   node scripts/build/buildPackages.mjs --cli --if-stale   …only when a source file is newer
 *   node scripts/build/buildPackages.mjs --cli --soft       …warning instead of failing (prepare)
 *
 * Inside the workspace nothing reads `dist/`: tests, Vite and tsc resolve the packages' source
 * through the `@flowsmith/source` export condition (see docs/cli.md, "Built packages").
 */
import { copyFile, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The export condition that gives the workspace a package's TypeScript source. */
export const SOURCE_CONDITION = '@flowsmith/source';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const packagesDir = join(root, 'packages');

/** The workspace packages: folder, manifest, and entry points by export (`{ ".": "src/index.ts" }`). */
export async function workspacePackages() {
  const found = [];
  for (const name of (await readdir(packagesDir)).sort()) {
    const dir = join(packagesDir, name);
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(await readFile(file, 'utf8'));
    const entries = {};
    for (const [key, target] of Object.entries(manifest.exports ?? {})) {
      const source = typeof target === 'string' ? target : target?.[SOURCE_CONDITION];
      if (typeof source === 'string' && source.endsWith('.ts')) entries[key] = source;
    }
    found.push({ name: manifest.name, dir, manifest, entries });
  }
  return found;
}

/** `./src/runtime.ts` → `runtime` (where the entry's JavaScript goes: `dist/runtime.js`). */
function outName(source) {
  return source.replace(/^\.\/src\//, '').replace(/\.ts$/, '');
}

/** Builds one library package's JavaScript into `dist/`, every dependency left as an import. */
async function buildLibraryJs(pkg) {
  const entryPoints = Object.values(pkg.entries).map((source) => ({
    in: join(pkg.dir, source),
    out: outName(source),
  }));
  await build({
    entryPoints,
    outdir: join(pkg.dir, 'dist'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: '_chunks/[name]-[hash]',
    sourcemap: false,
    logLevel: 'warning',
  });
}

/**
 * Builds the CLI: `dist/bin.js` (the `flowsmith` command), `dist/index.js` (`runCli`, …) and
 * `dist/replicationWorker.js` (a simulation worker thread), code split at every `import()` so a
 * command loads only what it uses. The workspace packages and the pure-JavaScript packages the
 * CLI lists as devDependencies (commander, bpmn-moddle, elkjs, docx, xstate) are bundled in, so
 * a global install downloads almost nothing; its dependencies (playwright-core) and peer
 * dependencies (`serve`'s Hocuspocus, SQLite, …) stay imports. Any other import fails the build.
 */
export async function buildCli() {
  const cli = (await workspacePackages()).find((p) => p.name === '@flowsmith/cli');
  const m = cli.manifest;
  const external = new Set([
    ...Object.keys(m.dependencies ?? {}),
    ...Object.keys(m.optionalDependencies ?? {}),
    ...Object.keys(m.peerDependencies ?? {}),
  ]);
  const bundled = new Set(Object.keys(m.devDependencies ?? {}));
  const missing = new Set();
  const thirdParty = {
    name: 'flowsmith-third-party',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:') || args.path.startsWith('@flowsmith/')) return undefined;
        const name = args.path.startsWith('@')
          ? args.path.split('/').slice(0, 2).join('/')
          : args.path.split('/')[0];
        if (external.has(name)) return { path: args.path, external: true };
        // Bundled: imported by a workspace package (or by a bundled package in turn).
        const fromWorkspace = !relative(root, args.importer)
          .split(/[\\/]/)
          .includes('node_modules');
        if (fromWorkspace && !bundled.has(name))
          missing.add(`${name} (imported by ${relative(root, args.importer)})`);
        return undefined;
      });
    },
  };
  const outdir = join(cli.dir, 'dist');
  await rm(outdir, { recursive: true, force: true });
  await build({
    entryPoints: {
      bin: join(cli.dir, 'src/bin.ts'),
      index: join(cli.dir, 'src/index.ts'),
      replicationWorker: join(cli.dir, 'src/simulation/replicationWorker.ts'),
    },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: [SOURCE_CONDITION],
    // Chunks beside bin.js: the worker is found as ./replicationWorker.js from any of them.
    chunkNames: '[name]-[hash]',
    plugins: [thirdParty],
    // Bundled CommonJS packages (commander, elkjs) `require` Node's built-in modules.
    banner: {
      js: "import { createRequire as __flowsmithRequire } from 'node:module';\nconst require = __flowsmithRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  if (missing.size > 0)
    throw new Error(
      `not in the dependencies, peerDependencies or devDependencies of @flowsmith/cli: ${[...missing].sort().join(', ')}`,
    );
}

/** Copies a package's declarations from `tsc -b` (`.tsbuild/<pkg>/src`) into `dist/`, tests left out. */
async function copyDeclarations(pkg) {
  const from = join(root, '.tsbuild', relative(packagesDir, pkg.dir), 'src');
  if (!existsSync(from))
    throw new Error(`${relative(root, from)} is missing: run \`pnpm exec tsc -b\` first`);
  // Only declarations of sources that still exist (tsc -b leaves those of deleted files behind).
  const files = (await readdir(from, { recursive: true })).filter(
    (f) =>
      f.endsWith('.d.ts') &&
      !/\.test\.d\.ts$/.test(f) &&
      !f.split(/[\\/]/).includes('testing') &&
      existsSync(join(pkg.dir, 'src', f.replace(/\.d\.ts$/, '.ts'))),
  );
  const known = new Set(files.map((f) => f.replace(/\\/g, '/')));
  for (const file of files) {
    const text = await readFile(join(from, file), 'utf8');
    const to = join(pkg.dir, 'dist', file);
    await mkdir(dirname(to), { recursive: true });
    await writeFile(to, withJsEndings(text, file.replace(/\\/g, '/'), known));
  }
  // Ambient declarations written by hand (e.g. a module without types) come along unchanged.
  for (const file of (await readdir(join(pkg.dir, 'src'), { recursive: true })).filter((f) =>
    f.endsWith('.d.ts'),
  )) {
    await mkdir(dirname(join(pkg.dir, 'dist', file)), { recursive: true });
    await copyFile(join(pkg.dir, 'src', file), join(pkg.dir, 'dist', file));
  }
}

/**
 * A declaration file's relative imports with the endings Node's ESM resolution needs: `./x` →
 * `./x.js` (or `./x/index.js` for a folder), known from the set of declaration files. Pure.
 */
export function withJsEndings(text, file, known) {
  const base = dirname(file);
  return text.replace(/(from\s+|import\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g, (all, lead, q, spec) => {
    if (/\.(js|mjs|cjs|json)$/.test(spec)) return all;
    const target = join(base, spec).replace(/\\/g, '/');
    if (known.has(`${target}.d.ts`)) return `${lead}${q}${spec}.js${q}`;
    if (known.has(`${target}/index.d.ts`)) return `${lead}${q}${spec}/index.js${q}`;
    return all;
  });
}

/** Whether the CLI bundle is older than a source file or manifest of any workspace package. */
export async function cliIsStale() {
  const bin = join(packagesDir, 'cli', 'dist', 'bin.js');
  if (!existsSync(bin)) return true;
  const built = (await stat(bin)).mtimeMs;
  for (const name of await readdir(packagesDir)) {
    const dir = join(packagesDir, name);
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (await stat(manifest)).mtimeMs > built) return true;
    if (!existsSync(join(dir, 'src'))) continue;
    for (const file of await readdir(join(dir, 'src'), { recursive: true })) {
      if ((await stat(join(dir, 'src', file))).mtimeMs > built) return true;
    }
  }
  return false;
}

/** Builds every package: each library's JavaScript and declarations, then the CLI bundle. */
export async function buildAll() {
  for (const pkg of await workspacePackages()) {
    if (pkg.name === '@flowsmith/cli') continue;
    await rm(join(pkg.dir, 'dist'), { recursive: true, force: true });
    await buildLibraryJs(pkg);
    await copyDeclarations(pkg);
  }
  await buildCli();
  const cli = (await workspacePackages()).find((p) => p.name === '@flowsmith/cli');
  await copyDeclarations(cli);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const started = Date.now();
  if (args.includes('--cli')) {
    if (args.includes('--if-stale') && !(await cliIsStale())) process.exit(0);
    try {
      await buildCli();
    } catch (error) {
      if (!args.includes('--soft')) throw error;
      // `pnpm install`'s prepare: a half-edited source must not fail the install itself;
      // `pnpm flowsmith` builds again (and shows the error) when it is run.
      console.error(`flowsmith: the CLI was not built (${String(error).split('\n')[0]})`);
      process.exit(0);
    }
    // Declarations too when tsc -b has made them (`pnpm build:packages`, `npm pack` after it).
    const cli = (await workspacePackages()).find((p) => p.name === '@flowsmith/cli');
    if (existsSync(join(root, '.tsbuild', 'cli', 'src'))) await copyDeclarations(cli);
  } else {
    await buildAll();
  }
  if (!args.includes('--if-stale'))
    console.error(`flowsmith: packages built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
