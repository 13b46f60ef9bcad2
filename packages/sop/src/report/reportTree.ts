import type { Lang } from '@flowsmith/model';
import type { SopBlock } from '../tree';

/** One change group in the report: its coloured kind, its sentences and why it was made. */
export interface ReportChange {
  group: string;
  kind: 'added' | 'removed' | 'changed' | 'moved' | 'merged' | 'rewired' | 'role';
  lines: string[];
  rationale: string;
}

/** A block of the comparison report: the SOP blocks, plus the coloured change list. */
export type ReportBlock =
  SopBlock | { type: 'changes'; header: [string, string, string]; items: ReportChange[] };

/** The comparison report as a document tree (plain text everywhere; renderers escape it). */
export interface ReportTree {
  kind: 'comparison';
  lang: Lang;
  title: string;
  blocks: ReportBlock[];
  /** Right of the printed pages' header: the to-be's document number and version, when known. */
  control?: string;
}

/** A simulated figure of both processes and their paired difference (the simulation's `MetricDelta`). */
export interface SimulatedDelta {
  asIs: number;
  toBe: number;
  delta: { mean: number; ci95: [number, number] };
  significant: boolean;
}

/** What the report needs from a simulated comparison (the simulation's `Comparison`, plus the run's size). */
export interface SimulatedComparison {
  pairs: number;
  casesPerReplication: number;
  seed: number;
  metrics: Record<string, SimulatedDelta>;
}
