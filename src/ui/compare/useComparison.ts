import { useMemo } from 'react';
import { describeDiff, diffProcesses, type Lang } from '@flowsmith/model';
import { attributeChanges, compareKpis } from '@flowsmith/analysis';
import type { ComparePair } from './usePartner';

/** Above this many steps the panel skips the attribution (2 × groups + 2 analyses per edit). */
const ATTRIBUTION_LIMIT = 400;

/**
 * The derived comparison of a pair, recomputed when either document or the language changes:
 * the diff, its sentences, the KPI table, and the attribution of the cycle-time change.
 */
export function useComparison(pair: ComparePair | null, lang: Lang) {
  return useMemo(() => {
    if (!pair) return null;
    const { asIs, toBe } = pair;
    const diff = diffProcesses(asIs, toBe);
    const lines = describeDiff(diff, asIs, toBe, lang);
    const kpis = compareKpis(asIs, [toBe]);
    const attribution =
      asIs.steps.length + toBe.steps.length <= ATTRIBUTION_LIMIT
        ? attributeChanges(asIs, toBe, { diff })
        : null;
    return { diff, lines, kpis, attribution };
  }, [pair?.asIs, pair?.toBe, lang]); // eslint-disable-line react-hooks/exhaustive-deps
}
