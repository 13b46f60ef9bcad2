import { useTranslation } from 'react-i18next';
import type { ChangeLine } from '@flowsmith/model';
import { STATUS_COLOURS } from '@flowsmith/sop';
import { useServices } from '../EditorContext';
import { showSteps } from '../analysis/showSteps';

/**
 * The change list, one group per block; clicking a line selects its steps on the canvas of the
 * open document (the as-is ids when the as-is is open, the to-be ids otherwise).
 */
export function ChangeList({
  lines,
  openIsAsIs,
}: {
  lines: readonly ChangeLine[];
  openIsAsIs: boolean;
}) {
  const { t } = useTranslation();
  const { editor, ui } = useServices();
  if (lines.length === 0) return <p className="fs-muted">{t('compare.noChanges')}</p>;
  return (
    <ul className="fs-compare-changes" data-testid="compare-changes">
      {lines.map((l, i) => {
        const ids = openIsAsIs ? l.asIs : l.toBe;
        const colour =
          (STATUS_COLOURS as Record<string, string>)[
            l.change === 'renamed' ? 'changed' : l.change
          ] ?? '#52606d';
        return (
          <li
            key={i}
            style={{ borderLeftColor: colour }}
            data-change={l.change}
            data-group={l.group}
          >
            <button
              type="button"
              className="fs-link-button"
              disabled={ids.length === 0}
              onClick={() => showSteps(editor, ui, ids)}
            >
              <span className="fs-compare-group">{l.group}</span> {l.text}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
