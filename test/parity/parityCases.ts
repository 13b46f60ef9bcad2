import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProcessDocument } from '@flowsmith/model';
import { applyProsimos, importBpmn } from '@flowsmith/bpmn';
import {
  aggregate,
  prepareSimulation,
  runReplicationSync,
  type SimulationSummary,
} from '@flowsmith/simulation';

/** Where the parity models live: `../shared/simulation-parity` beside the checkout (its README). */
export const PARITY_DIR = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'simulation-parity',
);

/** One figure Prosimos produced: its value and 95 % half-width (when the README gives one). */
export interface ParityFigure {
  label: string;
  /** The metric of `SimulationSummary.metrics` it compares with (`cycleTime.mean`…). */
  metric: string;
  prosimos: number;
  halfWidth?: number;
}

/** A model of the parity set: its BPMN, its Prosimos parameters and Prosimos's figures. */
export interface ParityCase {
  id: string;
  name: string;
  bpmn: string;
  parameters: string;
  figures: ParityFigure[];
}

/** The four runs of the README's table (minutes; cases per hour for throughput). */
export const PARITY_CASES: readonly ParityCase[] = [
  {
    id: 'M1',
    name: 'pool sequence (M/M/2 at 3λ)',
    bpmn: 'attributes_interaction_model.bpmn',
    parameters: 'm1-pool-sequence.prosimos.json',
    figures: [
      { label: 'cycle time', metric: 'cycleTime.mean', prosimos: 18.79, halfWidth: 0.31 },
      { label: 'waiting', metric: 'waitingTime', prosimos: 6.78, halfWidth: 0.28 },
      {
        label: 'utilisation pool',
        metric: 'roles.pool.utilization',
        prosimos: 0.598,
        halfWidth: 0.005,
      },
    ],
  },
  {
    id: 'M2',
    name: 'XOR, one server (M/G/1)',
    bpmn: 'gateway_condition_xor_model.bpmn',
    parameters: 'm2-xor.prosimos.json',
    figures: [
      { label: 'cycle time', metric: 'cycleTime.mean', prosimos: 7.81, halfWidth: 0.21 },
      { label: 'waiting', metric: 'waitingTime', prosimos: 5.31, halfWidth: 0.21 },
      {
        label: 'utilisation res',
        metric: 'roles.res.utilization',
        prosimos: 0.799,
        halfWidth: 0.005,
      },
    ],
  },
  {
    id: 'M3',
    name: 'credit application, 4 pools on calendars',
    bpmn: 'Credit_Application_Simulation.bpmn',
    parameters: 'm3-credit.prosimos.json',
    figures: [
      { label: 'cycle time', metric: 'cycleTime.mean', prosimos: 2829, halfWidth: 48 },
      { label: 'waiting', metric: 'waitingTime', prosimos: 3444, halfWidth: 44 },
      { label: 'utilisation clerk', metric: 'roles.clerk.utilization', prosimos: 0.251 },
      {
        label: 'utilisation officer 1',
        metric: 'roles.credit_officer_1.utilization',
        prosimos: 0.808,
      },
      {
        label: 'utilisation officer 2',
        metric: 'roles.credit_officer_2.utilization',
        prosimos: 0.679,
      },
    ],
  },
  {
    id: 'M3-cal',
    name: 'credit application with its arrival calendar',
    bpmn: 'Credit_Application_Simulation.bpmn',
    parameters: 'm3-credit-arrival-calendar.prosimos.json',
    figures: [
      { label: 'cycle time', metric: 'cycleTime.mean', prosimos: 4624, halfWidth: 360 },
      {
        label: 'utilisation officer 1',
        metric: 'roles.credit_officer_1.utilization',
        prosimos: 0.938,
      },
      { label: 'throughput (cases/h)', metric: 'throughputPerHour', prosimos: 0.2087 },
    ],
  },
];

/** The case's BPMN imported with its Prosimos parameters applied (what `convert --simulation` writes). */
export async function parityDocument(c: ParityCase): Promise<ProcessDocument> {
  const xml = readFileSync(join(PARITY_DIR, c.bpmn), 'utf8');
  const params = readFileSync(join(PARITY_DIR, c.parameters), 'utf8');
  const imported = await importBpmn(xml, { simulation: false }); // as convert --simulation
  const applied = applyProsimos(imported.documents, params);
  if (!applied.ok) throw new Error(`${c.parameters}: ${JSON.stringify(applied.problems)}`);
  return applied.documents[0]!;
}

/** Runs `replications` × `cases` after `warmup` cases each, as the README's Prosimos runs did. */
export function runParity(
  doc: ProcessDocument,
  run: { replications: number; cases: number; warmup: number; seed?: number },
): SimulationSummary {
  const plan = prepareSimulation(doc, {
    cases: run.cases,
    warmup: run.warmup,
    replications: run.replications,
    seed: run.seed ?? 1,
  });
  const results = Array.from({ length: run.replications }, (_, i) =>
    runReplicationSync(plan, undefined, i),
  );
  return aggregate(results);
}

/** Ours against Prosimos for one figure. */
export interface ParityRow {
  figure: ParityFigure;
  ours: number;
  ourHalfWidth: number;
  /** (ours − Prosimos) / Prosimos. */
  relativeError: number;
  /** Ours inside Prosimos's 95 % interval. */
  inside: boolean;
}

/** Compares a summary with the case's figures. Pure. */
export function parityRows(c: ParityCase, summary: SimulationSummary): ParityRow[] {
  return c.figures.map((figure) => {
    const estimate = summary.metrics[figure.metric];
    const ours = estimate?.mean ?? NaN;
    const diff = ours - figure.prosimos;
    return {
      figure,
      ours,
      ourHalfWidth: estimate?.halfWidth ?? NaN,
      relativeError: diff / figure.prosimos,
      inside: figure.halfWidth !== undefined && Math.abs(diff) <= figure.halfWidth,
    };
  });
}

/**
 * Whether a row agrees: within 3 % or inside Prosimos's interval, each widened by our own 95 %
 * half-width (`withOwnNoise`, for runs shorter than Prosimos's, whose noise is larger).
 */
export function agrees(row: ParityRow, withOwnNoise: boolean): boolean {
  const slack = withOwnNoise ? row.ourHalfWidth : 0;
  const allowed = Math.max(0.03 * Math.abs(row.figure.prosimos), row.figure.halfWidth ?? 0) + slack;
  return Math.abs(row.ours - row.figure.prosimos) <= allowed;
}
