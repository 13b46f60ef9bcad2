import type { FigureFinding } from '@flowsmith/mining';
import { useTranslation } from 'react-i18next';
import { useServices } from '../EditorContext';
import { formatMinutes, percent } from './logView';
import './strings';

/**
 * "Figures that differ from the data": the findings of `figuresVersusData` for the checked map —
 * each task's drawn mean duration, branch probability or start arrival rate beside the log's; a
 * click focuses the step (on the map that was checked).
 */
export function FigureFindings({
  figures,
  here,
}: {
  figures: readonly FigureFinding[];
  /** Whether the open map is the one checked (only then do the steps exist to focus). */
  here: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { ui } = useServices();
  const lang = i18n.language;
  const text = (f: FigureFinding) => {
    switch (f.kind) {
      case 'duration':
        return t('log.figure.duration', {
          name: f.name,
          drawn: formatMinutes(f.drawn, lang),
          data: formatMinutes(f.data, lang),
          measure: t(`log.figure.${f.measure}`),
        });
      case 'probability':
        return t('log.figure.probability', {
          name: f.name,
          drawn: percent(f.drawn),
          data: percent(f.data),
        });
      case 'arrival':
        return t('log.figure.arrival', {
          name: f.name,
          drawn: f.drawn.toFixed(2),
          data: f.data.toFixed(2),
        });
    }
  };
  return (
    <div data-testid="log-figures">
      <h3 className="fs-log-subtitle">{t('log.figure.title')}</h3>
      {figures.length === 0 ? (
        <p>{t('log.figure.none')}</p>
      ) : (
        <ul className="fs-log-deviations">
          {figures.map((f, i) => (
            <li key={i} data-figure={f.kind}>
              {here ? (
                <button
                  type="button"
                  className="fs-link-button"
                  onClick={() => ui.getState().canvas?.focusStep(f.step)}
                >
                  {text(f)}
                </button>
              ) : (
                text(f)
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
