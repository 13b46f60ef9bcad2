import type { Command } from 'commander';
import { registerAnalyze } from './analyze';
import { registerConvert } from './convert';
import { registerJobs } from './jobs';
import { registerSop } from './sop';
import { registerImprove } from './improve';
import { registerValidate } from './validate';
import { registerSimulate } from './simulate';
import { registerCompare } from './compare';
import { registerCompile } from './compile';
import { registerRun } from './run';
import { registerDiff } from './diff';
import { registerReport } from './report';

/** A subcommand: adds itself to the program. One file per command in this folder. */
export type RegisterCommand = (program: Command) => void;

/** Every subcommand, in the order `--help` lists them. */
export const commands: RegisterCommand[] = [
  registerValidate,
  registerConvert,
  registerAnalyze,
  registerImprove,
  registerSimulate,
  registerCompare,
  registerCompile,
  registerRun,
  registerSop,
  registerJobs,
  registerDiff,
  registerReport,
];
