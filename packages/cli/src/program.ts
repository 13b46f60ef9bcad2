import { Command } from 'commander';
import { commands } from './commands';

/** The CLI version, from the package. */
export const VERSION = '0.1.0';

/** Builds the `flowsmith` command with every subcommand registered. */
export function buildProgram(): Command {
  const program = new Command('flowsmith')
    .description(
      'Map, analyse, simulate and improve business processes (.flow.json); ' +
        'hand them over as XState machines and SOP documents.',
    )
    .version(VERSION, '-V, --version')
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of commands) register(program);
  return program;
}
