/// <reference types="node" />
/**
 * Type-checks TypeScript sources with the compiler API, as if they sat in this package (so
 * `xstate` resolves to its dependency), without writing them to disk. Test support only.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The diagnostics of `sources` (file name → source) under strict settings, as readable lines. */
export function typeCheck(sources: Record<string, string>): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts'],
    types: [],
    skipLibCheck: true,
    // Emitted modules declare nothing they do not use (a host's tsconfig may insist).
    noUnusedLocals: true,
    noUnusedParameters: true,
    // Emitted modules import the runtime as an application would, from this package's source.
    paths: { '@flowsmith/compiler/runtime': [`${here}../runtime.ts`] },
  };
  const files = new Map(
    Object.entries(sources).map(([name, text]) => [`${here}__emitted__/${name}`, text]),
  );
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  const dir = `${here}__emitted__`;
  const { directoryExists } = host;
  host.directoryExists = (d) => d === dir || (directoryExists?.call(host, d) ?? true);
  host.fileExists = (f) => files.has(f) || fileExists.call(host, f);
  host.readFile = (f) => files.get(f) ?? readFile.call(host, f);
  host.getSourceFile = (f, lang, ...rest) =>
    files.has(f)
      ? ts.createSourceFile(f, files.get(f)!, lang)
      : getSourceFile.call(host, f, lang, ...rest);
  const program = ts.createProgram([...files.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file
      ? `${d.file.fileName.slice(here.length)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}
