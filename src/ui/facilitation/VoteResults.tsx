import { useTranslation } from 'react-i18next';
import type { VoteResult } from '@flowsmith/model';
import { useServices, useEditorState } from '../EditorContext';
import { facilitationStore } from './facilitationStore';

/** The ranked dot-vote results, most votes first; each line shows its step or note on the map. */
export function VoteResults({ results }: { results: readonly VoteResult[] }) {
  const { t } = useTranslation();
  const { editor, ui } = useServices();
  const doc = useEditorState((s) => s.doc);
  if (results.length === 0) return <p className="fs-muted">{t('facilitation.noVotes')}</p>;
  const name = (r: VoteResult) => {
    if (r.kind === 'note') {
      const note = doc.notes?.find((n) => n.id === r.on);
      return t('facilitation.rankedNote', { text: note?.text ?? r.on });
    }
    const step = doc.steps.find((s) => s.id === r.on);
    return t('facilitation.rankedStep', { name: step?.name || r.on });
  };
  const show = (r: VoteResult) => {
    if (r.kind === 'note') facilitationStore.setState({ focusedNote: r.on });
    else {
      editor.select({ steps: [r.on], flows: [] });
      ui.getState().canvas?.reveal(r.on);
    }
  };
  return (
    <ol className="fs-workshop-results" data-testid="vote-results">
      {results.map((r) => (
        <li key={r.on}>
          <button type="button" className="fs-link" onClick={() => show(r)}>
            {name(r)}
          </button>{' '}
          <strong>{t('facilitation.voteCount', { count: r.votes })}</strong>{' '}
          <span className="fs-muted">
            {r.voters.map((v) => (v.votes > 1 ? `${v.by} ×${v.votes}` : v.by)).join(', ')}
          </span>
        </li>
      ))}
    </ol>
  );
}
