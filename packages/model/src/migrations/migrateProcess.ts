import type { Lang } from '../messages/lang';
import { parseMessages, type ParseCode, type ParseMessageParams } from '../messages/parseMessages';
import { kindOf } from '../parse/ObjectReader';
import type { Problem } from '../parse/parseResult';
import { FORMAT_VERSION } from '../types/process';
import type { Migration } from './migration';
import { migrations as registered } from './registry';

/** Options of `migrateProcess`; `migrations` and `latestVersion` exist for tests of the chain. */
export interface MigrateOptions {
  lang?: Lang;
  migrations?: readonly Migration[];
  latestVersion?: number;
}

/** The outcome of `migrateProcess`. */
export interface MigrationResult {
  /** The document brought to `FORMAT_VERSION`, or `undefined` when it cannot be read at all. */
  document: Record<string, unknown> | undefined;
  /** The version the input said it was written in, when it said so validly. */
  fromVersion: number | undefined;
  /** What is wrong with the version; with a `document`, parsing goes on to list the rest. */
  problems: Problem[];
}

/**
 * Brings a raw (already JSON-parsed, not yet validated) document to the current format version
 * by running the registered migrations in order. Pure: the input is never changed. A version
 * newer than this code reads is refused; a missing or invalid version is a problem, and the
 * document is then read as the current version so that its other problems are listed too.
 */
export function migrateProcess(raw: unknown, options: MigrateOptions = {}): MigrationResult {
  const lang = options.lang ?? 'en';
  const migrations = options.migrations ?? registered;
  const latest = options.latestVersion ?? FORMAT_VERSION;
  const problem = <C extends ParseCode>(path: string, code: C, params: ParseMessageParams[C]) => ({
    path,
    code,
    message: parseMessages[code][lang](params),
  });
  if (kindOf(raw) !== 'object') {
    return {
      document: undefined,
      fromVersion: undefined,
      problems: [problem('', 'document.notObject', { actual: kindOf(raw) })],
    };
  }
  const input = raw as Record<string, unknown>;
  const version = Object.hasOwn(input, 'version') ? input.version : undefined;
  if (version === undefined) {
    return {
      document: input,
      fromVersion: undefined,
      problems: [problem('', 'version.missing', {})],
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const actual =
      typeof version === 'number' || typeof version === 'string'
        ? JSON.stringify(version)
        : kindOf(version);
    return {
      document: input,
      fromVersion: undefined,
      problems: [problem('version', 'version.invalid', { actual })],
    };
  }
  if (version > latest) {
    return {
      document: undefined,
      fromVersion: version,
      problems: [problem('version', 'version.newer', { version, max: latest })],
    };
  }
  let document: Record<string, unknown> = input;
  for (let v = version; v < latest; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new Error(`no migration from format version ${v}`);
    document = { ...step.migrate(document), version: v + 1 };
  }
  return { document, fromVersion: version, problems: [] };
}
