import { useTranslation } from 'react-i18next';
import { rankVotes, voteBudgetOf, votesLeft } from '@flowsmith/model';
import { useEditor, useEditorState } from '../EditorContext';
import { useParticipantName } from '../workshop/participant';
import { useMayRunRoom } from '../workshop/useMayRunRoom';
import { castVote, retractVote } from './voteCalls';
import { useSelectedStep } from './useSelectedStep';
import { VoteResults } from './VoteResults';

/**
 * Dot voting: the budget, my dots left, vote for the selected step or take one back, the results.
 * The budget is the facilitator's: a participant in a workshop room sees it disabled, with why.
 */
export function VotesSection() {
  const { t } = useTranslation();
  const editor = useEditor();
  const doc = useEditorState((s) => s.doc);
  const me = useParticipantName();
  const step = useSelectedStep();
  const may = useMayRunRoom();
  const budget = voteBudgetOf(doc);
  const left = me ? votesLeft(doc, me) : budget;
  const mine = step && me ? (doc.votes ?? []).filter((v) => v.by === me && v.on === step.id) : [];
  return (
    <section aria-label={t('facilitation.votes')}>
      <h3 className="fs-subtitle">{t('facilitation.votes')}</h3>
      <div className="fs-workshop-row">
        <label>
          {t('facilitation.budget')}{' '}
          <input
            type="number"
            min={1}
            max={99}
            value={budget}
            disabled={!may}
            aria-describedby={may ? undefined : 'fs-budget-facilitator-only'}
            data-testid="vote-budget"
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 1 && n <= 99)
                editor.execute({ id: 'vote.budget', params: { budget: n } });
            }}
          />
        </label>
        <span data-testid="votes-left" aria-live="polite">
          {me ? t('facilitation.left', { left, budget }) : t('facilitation.youNeeded')}
        </span>
      </div>
      {!may && (
        <p className="fs-muted" id="fs-budget-facilitator-only">
          {t('facilitation.budgetFacilitatorOnly')}
        </p>
      )}
      {step && (
        <div className="fs-workshop-row">
          <button
            type="button"
            className="fs-button"
            data-testid="vote-cast"
            disabled={!me || left === 0}
            onClick={() => castVote(editor, step.id)}
          >
            {t('facilitation.voteFor', { name: step.name || step.id })}
          </button>
          <button
            type="button"
            className="fs-button"
            disabled={mine.length === 0}
            onClick={() => retractVote(editor, step.id)}
          >
            {t('facilitation.retract')}
          </button>
        </div>
      )}
      <h4 className="fs-muted">{t('facilitation.results')}</h4>
      <VoteResults results={rankVotes(doc)} />
      {(doc.votes?.length ?? 0) > 0 && (
        <button
          type="button"
          className="fs-button fs-button--small"
          onClick={() => editor.execute({ id: 'votes.clear', params: {} })}
        >
          {t('facilitation.clearVotes')}
        </button>
      )}
    </section>
  );
}
