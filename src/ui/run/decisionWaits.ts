import type { AvailableActions, WaitingStep } from '@flowsmith/compiler';

/**
 * The decisions (xor and inclusive or splits) a case waits on: `needsData` those that lack named
 * case data (compiler SPEC.md CM-XOR-DATA: the run mode asks for it), `blocked` whether one waits
 * although no data is missing (no flow fits: the data must change). Pure.
 */
export function decisionWaits(actions: Pick<AvailableActions, 'waiting'>): {
  needsData: WaitingStep[];
  blocked: boolean;
} {
  const decisions = actions.waiting.filter((w) => w.type === 'xor' || w.type === 'or');
  const needsData = decisions.filter((w) => (w.missing?.length ?? 0) > 0);
  return { needsData, blocked: decisions.some((w) => !needsData.includes(w)) };
}
