import {
  applyChangeGroups,
  diffProcesses,
  executeCommand,
  type CommandCall,
  type ProcessDiff,
  type ProcessDocument,
} from '@flowsmith/model';
import type { AnalyzeOptions } from '../types';
import { KPI_KEYS, kpiFigures, type KpiKey } from './kpiFigures';

/** Figures by KPI key (after − before where it is a difference). */
export type KpiValues = Record<KpiKey, number>;

/** What one change contributes: alone on the as-is, and what is lost when only it is left out. */
export interface ChangeContribution {
  /** The diff's change group id, or `c1`, `c2`, … for `improve`'s changes. */
  id: string;
  /** (as-is + this change) − as-is. */
  alone: KpiValues;
  /** to-be − (to-be without this change). */
  leftOut: KpiValues;
  /** Whether the change could be applied on its own (a command list may be refused). */
  applicable: boolean;
}

/** How the total improvement splits over the changes. */
export interface Attribution {
  asIs: KpiValues;
  toBe: KpiValues;
  /** toBe − asIs. */
  total: KpiValues;
  changes: ChangeContribution[];
  /** Σ alone over the changes. */
  sumAlone: KpiValues;
  /** total − Σ alone: what the changes do only together (or undo of each other). */
  interaction: KpiValues;
  /** True when only each change alone was computed and `leftOut` is NaN (a large process). */
  aloneOnly: boolean;
}

/**
 * Above this many steps in the as-is and to-be together, `attributeChanges` computes each change
 * alone but not left out: each needs its own analysis of the whole process, and the left-out half
 * doubles a report's time on a 20,000-step process.
 */
export const ATTRIBUTION_LEFT_OUT_STEPS = 5_000;

/** A change as `improve` made it: ordered model commands. */
export interface CommandChange {
  id: string;
  commands: readonly CommandCall[];
}

const minus = (a: KpiValues, b: KpiValues): KpiValues => {
  const out = {} as KpiValues;
  // Two unbounded figures differ by nothing we can say: NaN, shown as "—".
  for (const k of KPI_KEYS) out[k] = a[k] - b[k];
  return out;
};

function assemble(
  values: (subset: ReadonlySet<string>) => KpiValues | null,
  ids: readonly string[],
  aloneOnly = false,
): Attribution {
  const all = new Set(ids);
  const asIs = values(new Set())!;
  const toBe = values(all)!;
  const total = minus(toBe, asIs);
  const nan = Object.fromEntries(KPI_KEYS.map((k) => [k, NaN])) as KpiValues;
  const changes = ids.map((id): ChangeContribution => {
    const alone = values(new Set([id]));
    const without = aloneOnly ? null : values(new Set(ids.filter((x) => x !== id)));
    return {
      id,
      alone: alone ? minus(alone, asIs) : nan,
      leftOut: without ? minus(toBe, without) : nan,
      applicable: alone !== null,
    };
  });
  const sumAlone = {} as KpiValues;
  for (const k of KPI_KEYS)
    sumAlone[k] = changes.reduce((s, c) => s + (c.applicable ? c.alone[k] : 0), 0);
  return { asIs, toBe, total, changes, sumAlone, interaction: minus(total, sumAlone), aloneOnly };
}

/**
 * Attributes the difference between an as-is and a to-be to the diff's change groups: each group
 * applied alone to the as-is, and each left out of the whole, re-analysed (2 × groups + 2
 * analyses). The interaction term is total − Σ alone, so the parts always add up to the total.
 * Pure; the to-be side is the as-is with every group applied, which has the to-be's figures.
 * Above `ATTRIBUTION_LEFT_OUT_STEPS` steps (both versions together) only each group alone is
 * computed (`aloneOnly`; groups + 2 analyses).
 */
export function attributeChanges(
  asIs: ProcessDocument,
  toBe: ProcessDocument,
  options: Pick<AnalyzeOptions, 'resolveProcess'> & { diff?: ProcessDiff } = {},
): Attribution {
  const diff = options.diff ?? diffProcesses(asIs, toBe);
  const cache = new Map<string, KpiValues>();
  const values = (subset: ReadonlySet<string>): KpiValues => {
    const key = [...subset].sort().join(',');
    let v = cache.get(key);
    if (!v) {
      v = kpiFigures(applyChangeGroups(asIs, toBe, diff, subset), options).values;
      cache.set(key, v);
    }
    return v;
  };
  return assemble(
    values,
    diff.groups.map((g) => g.id),
    asIs.steps.length + toBe.steps.length > ATTRIBUTION_LEFT_OUT_STEPS,
  );
}

/**
 * The same attribution over changes given as command lists (`improve`'s `changes`, each
 * `suggestion.commands`): a subset is the as-is with those changes' commands executed in order;
 * a change whose commands are refused without the others is marked not applicable. Pure.
 */
export function attributeCommandChanges(
  asIs: ProcessDocument,
  changes: readonly CommandChange[],
  options: Pick<AnalyzeOptions, 'resolveProcess'> = {},
): Attribution {
  const values = (subset: ReadonlySet<string>): KpiValues | null => {
    let doc = asIs;
    for (const c of changes) {
      if (!subset.has(c.id)) continue;
      for (const call of c.commands) {
        const r = executeCommand(doc, call);
        if (!r.ok) return null;
        doc = r.document;
      }
    }
    return kpiFigures(doc, options).values;
  };
  const attribution = assemble(
    values,
    changes.map((c) => c.id),
  );
  return attribution;
}
