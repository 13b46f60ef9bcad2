import type { Command } from 'commander';

/** A subcommand: adds itself to the program. One file per command in this folder. */
export type RegisterCommand = (program: Command) => void;
