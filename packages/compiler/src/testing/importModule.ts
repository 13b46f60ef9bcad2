/// <reference types="node" />
/**
 * Imports TypeScript source as a module, the way a developer's app would: written to a scratch
 * folder inside this package's node_modules (git-ignored; `xstate` resolves from there) and loaded
 * with a dynamic import; `@flowsmith/compiler/runtime` resolves to this package. Test support only.
 */
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const scratch = new URL(`../../node_modules/.emitted-${process.pid}/`, import.meta.url);
let n = 0;

/** Imports `source` as a fresh module. */
export async function importModule(source: string): Promise<Record<string, unknown>> {
  mkdirSync(scratch, { recursive: true });
  // Emitted modules import `@flowsmith/compiler/runtime`: resolve it to this package, as an app would.
  const link = new URL('node_modules/@flowsmith/compiler', scratch);
  if (!existsSync(link)) {
    mkdirSync(new URL('.', link), { recursive: true });
    symlinkSync(fileURLToPath(new URL('../../', import.meta.url)), fileURLToPath(link), 'dir');
  }
  const file = new URL(`module${++n}.ts`, scratch);
  writeFileSync(file, source);
  return (await import(/* @vite-ignore */ file.href)) as Record<string, unknown>;
}

/** Removes the scratch folder. */
export function removeImportedModules(): void {
  rmSync(fileURLToPath(scratch), { recursive: true, force: true });
}
