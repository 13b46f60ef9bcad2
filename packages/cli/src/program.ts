import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { resolveLang } from '@flowsmith/model';
import { commands, type CommandEntry, type RegisterCommand } from './commands';
import { CliError } from './CliError';

/** The CLI version, from the package (a test keeps the two equal). */
export const VERSION = '0.1.0';

/**
 * Builds the `flowsmith` command. With `argv` (as `process.argv`) only the subcommand it calls is
 * loaded and registered — none for a bare `--version` — so start-up costs only what that command
 * needs; without `argv`, or for `--help` and an unknown command, every subcommand is.
 */
export async function buildProgram(argv?: readonly string[]): Promise<Command> {
  const program = new Command('flowsmith')
    .description(
      'Map, analyse, simulate and improve business processes (.flow.json); ' +
        'hand them over as XState machines and SOP documents.',
    )
    .version(VERSION, '-V, --version')
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const entry of commandsFor(argv)) (await loadCommand(entry, argv))(program);
  return program;
}

/** The subcommand `argv` calls, if it names one (the first word that is not an option). Pure. */
export function calledCommand(argv: readonly string[]): string | undefined {
  const word = argv.slice(2).find((a) => !a.startsWith('-'));
  return commands.some((c) => c.name === word) ? word : undefined;
}

function commandsFor(argv: readonly string[] | undefined): readonly CommandEntry[] {
  if (argv === undefined) return commands;
  const called = calledCommand(argv);
  if (called !== undefined) return commands.filter((c) => c.name === called);
  const args = argv.slice(2);
  const versionOnly = args.length > 0 && args.every((a) => a === '-V' || a === '--version');
  return versionOnly ? [] : commands;
}

/**
 * Loads a command's module. A package it needs that is not installed — `serve`'s server stack,
 * optional peer dependencies of the published CLI — is a `CliError` (exit 2) that says what to
 * install, not an internal error.
 */
async function loadCommand(
  entry: CommandEntry,
  argv: readonly string[] | undefined,
): Promise<RegisterCommand> {
  try {
    return await entry.load();
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    const name = /Cannot find (?:package|module) '([^']+)'/.exec(e.message)?.[1] ?? e.message;
    const install = `npm install -g ${(await optionalPeers()).join(' ')}`;
    const zh = (argv ?? []).includes('zh-CN') || resolveLang(process.env.LANG) === 'zh-CN';
    throw new CliError(
      zh
        ? `“${entry.name}”需要未安装的软件包 ${name}；请安装：${install}`
        : `"${entry.name}" needs the package ${name}, which is not installed; install it with: ${install}`,
      2,
      'cli.missingDependency',
    );
  }
}

/** The CLI's optional peer dependencies as `name@range`, from its package.json (beside src/ and dist/). */
async function optionalPeers(): Promise<string[]> {
  const manifest = JSON.parse(
    await readFile(new URL('../package.json', import.meta.url), 'utf8'),
  ) as { peerDependencies?: Record<string, string> };
  return Object.entries(manifest.peerDependencies ?? {}).map(([n, v]) => `${n}@${v}`);
}
