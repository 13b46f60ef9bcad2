import './strings';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '@flowsmith/analysis';
import { useEditorState } from '../EditorContext';
import { facilitationStore, useFacilitation } from './facilitationStore';
import { sortFindingsByVotes } from './findingVotes';

/** The analysis panel's sort control: by impact (the analysis' order) or by the room's votes. */
export function FindingOrderControl() {
  const { t } = useTranslation();
  const order = useFacilitation((s) => s.findingOrder);
  const voted = useEditorState((s) => (s.doc.votes?.length ?? 0) > 0);
  if (!voted && order === 'impact') return null;
  return (
    <label className="fs-workshop-row">
      {t('facilitation.sortBy')}{' '}
      <select
        value={order}
        data-testid="finding-order"
        onChange={(e) =>
          facilitationStore.setState({ findingOrder: e.target.value as 'impact' | 'votes' })
        }
      >
        <option value="impact">{t('facilitation.sortImpact')}</option>
        <option value="votes">{t('facilitation.sortVotes')}</option>
      </select>
    </label>
  );
}

/** `groups` with each group's findings in the chosen order (by votes: most voted first). */
export function useFindingOrder<G extends { findings: Finding[] }>(
  groups: readonly G[],
): readonly G[] {
  const order = useFacilitation((s) => s.findingOrder);
  const doc = useEditorState((s) => s.doc);
  return useMemo(
    () =>
      order === 'votes'
        ? groups.map((g) => ({ ...g, findings: sortFindingsByVotes(g.findings, doc) }))
        : groups,
    [order, groups, doc],
  );
}
