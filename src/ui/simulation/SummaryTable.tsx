import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n/i18n';
import {
  formatDelta,
  formatEstimate,
  formatFigure,
  rowUnit,
  type FigureWords,
} from './formatFigure';
import type { SummaryRow } from './summaryRows';

/**
 * A table of figures: one column per simulated document (mean and 95 % interval) and, when two
 * are compared, the paired change with its interval, bold when the interval excludes 0.
 */
export function SummaryTable({
  caption,
  rows,
  columns,
  label,
  testId,
  meansOnly,
  head,
}: {
  caption: string;
  rows: SummaryRow[];
  columns: string[];
  label: (row: SummaryRow) => string;
  testId: string;
  /** Show each document's mean without its interval (the change keeps its own): for long lists in a narrow panel. */
  meansOnly?: boolean;
  /** The heading of the label column; default "Figure". */
  head?: string;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const words: FigureWords = {
    unit: {
      min: t('simulation.unitShort.min'),
      h: t('simulation.unitShort.h'),
      d: t('simulation.unitShort.d'),
    },
    perHour: t('simulation.perHour'),
  };
  const comparing = columns.length > 1;
  return (
    <div className="fs-sim-table-wrap">
      <table className="fs-sim-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head ?? t('simulation.figure')}</th>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
            {comparing && <th scope="col">{t('simulation.delta')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const unit = rowUnit(row.values);
            return (
              <tr key={row.key}>
                <th scope="row">{label(row)}</th>
                {row.values.map((v, i) => (
                  <td key={i}>
                    {v && meansOnly
                      ? formatFigure(v.mean, row.kind, unit, words, lang)
                      : formatEstimate(v, row.kind, unit, words, lang)}
                  </td>
                ))}
                {comparing && (
                  <td
                    className={row.delta?.significant ? 'is-significant' : undefined}
                    title={
                      row.delta
                        ? t(
                            row.delta.significant
                              ? 'simulation.significant'
                              : 'simulation.notSignificant',
                          )
                        : undefined
                    }
                  >
                    {row.delta ? formatDelta(row.delta, row.kind, unit, words, lang) : '—'}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
