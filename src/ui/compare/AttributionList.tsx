import { useTranslation } from 'react-i18next';
import { kpiLabel, type Attribution } from '@flowsmith/analysis';
import type { ChangeLine, Lang } from '@flowsmith/model';

/** How much each change group moves the cycle time alone, the interaction term and the total. */
export function AttributionList({
  attribution,
  lines,
  lang,
}: {
  attribution: Attribution;
  lines: readonly ChangeLine[];
  lang: Lang;
}) {
  const { t } = useTranslation();
  const rows = attribution.changes.filter(
    (c) => c.alone.cycleTime !== 0 || c.leftOut.cycleTime !== 0,
  );
  const title = (id: string) =>
    lines.find((l) => l.group === id && l.kind !== 'flow')?.text ??
    lines.find((l) => l.group === id)?.text ??
    id;
  return (
    <table className="fs-compare-table" data-testid="compare-attribution">
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <th scope="row">{`${c.id} ${title(c.id)}`}</th>
            <td>{kpiLabel('cycleTime', c.alone.cycleTime, lang, true)}</td>
          </tr>
        ))}
        <tr className="fs-compare-sum">
          <th scope="row">{t('compare.interaction')}</th>
          <td data-testid="attribution-interaction">
            {kpiLabel('cycleTime', attribution.interaction.cycleTime, lang, true)}
          </td>
        </tr>
        <tr className="fs-compare-sum">
          <th scope="row">{t('compare.total')}</th>
          <td>{kpiLabel('cycleTime', attribution.total.cycleTime, lang, true)}</td>
        </tr>
      </tbody>
    </table>
  );
}
