import { useTranslation } from 'react-i18next';
import { compareLabels, kpiLabel, type KpiComparison } from '@flowsmith/analysis';
import type { Lang } from '@flowsmith/model';

/** The KPI table of the pair: as-is, to-be and the change, coloured better / worse. */
export function KpiTable({
  kpis,
  lang,
  roleName,
}: {
  kpis: KpiComparison;
  lang: Lang;
  roleName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const L = compareLabels[lang];
  return (
    <table className="fs-compare-table" data-testid="compare-kpis">
      <thead>
        <tr>
          <th>{t('compare.figure')}</th>
          <th>{t('compare.asIs')}</th>
          <th>{t('compare.toBe')}</th>
          <th>{t('compare.change')}</th>
        </tr>
      </thead>
      <tbody>
        {kpis.rows.map((r) => {
          const c = r.variants[0]!;
          return (
            <tr key={r.key} data-kpi={r.key}>
              <th scope="row">
                {r.role !== undefined
                  ? L.utilization(roleName(r.role))
                  : L.kpi[r.key as keyof typeof L.kpi]}
              </th>
              <td>{kpiLabel(r.key, r.asIs, lang)}</td>
              <td data-testid={`kpi-${r.key}`}>{kpiLabel(r.key, c.value, lang)}</td>
              <td className={`fs-compare-${c.verdict}`}>
                {c.verdict === 'same' ? '—' : kpiLabel(r.key, c.delta, lang, true)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
