import type { RegisterCommand } from './RegisterCommand';

export type { RegisterCommand } from './RegisterCommand';

/**
 * A subcommand by name and the loader of the module that registers it. Modules load only for the
 * command called (every one for `--help` or an unknown command), so a command never pays for
 * another's dependencies (Chromium, docx, elkjs, bpmn-moddle) at start-up.
 */
export interface CommandEntry {
  name: string;
  load: () => Promise<RegisterCommand>;
}

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly CommandEntry[] = [
  { name: 'validate', load: async () => (await import('./validate')).registerValidate },
  { name: 'convert', load: async () => (await import('./convert')).registerConvert },
  { name: 'analyze', load: async () => (await import('./analyze')).registerAnalyze },
  { name: 'improve', load: async () => (await import('./improve')).registerImprove },
  { name: 'simulate', load: async () => (await import('./simulate')).registerSimulate },
  { name: 'compare', load: async () => (await import('./compare')).registerCompare },
  { name: 'compile', load: async () => (await import('./compile')).registerCompile },
  { name: 'run', load: async () => (await import('./run')).registerRun },
  { name: 'sop', load: async () => (await import('./sop')).registerSop },
  { name: 'jobs', load: async () => (await import('./jobs')).registerJobs },
  { name: 'diff', load: async () => (await import('./diff')).registerDiff },
  { name: 'report', load: async () => (await import('./report')).registerReport },
  {
    name: 'workshop-report',
    load: async () => (await import('./workshopReport')).registerWorkshopReport,
  },
  { name: 'serve', load: async () => (await import('./serve')).registerServe },
  { name: 'log-stats', load: async () => (await import('./logStats')).registerLogStats },
  { name: 'discover', load: async () => (await import('./discover')).registerDiscover },
  { name: 'conform', load: async () => (await import('./conform')).registerConform },
];
