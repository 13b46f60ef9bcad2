import { formatMinutes } from '@flowsmith/analysis';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n/i18n';
import { heatColour, waitAtShare, type HeatMetric } from './heatColour';

/** The heat overlay's legend: what it shows and a green-to-red scale with its ends and middle labelled (waits: log scale). */
export function HeatLegend({
  label,
  metric,
  maxWait,
}: {
  label: string;
  metric: HeatMetric;
  maxWait: number;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const ends =
    metric === 'utilization'
      ? ['0%', '50%', '≥100%']
      : ['0', formatMinutes(waitAtShare(0.5, maxWait), lang), formatMinutes(maxWait, lang)];
  const stops = [0, 0.25, 0.5, 0.75, 1].map((s) => `${heatColour(s)} ${s * 100}%`).join(', ');
  return (
    <figure className="fs-heat-legend" aria-label={t('analysis.legend')} data-testid="heat-legend">
      <figcaption>{label}</figcaption>
      <div
        className="fs-heat-scale"
        style={{ background: `linear-gradient(to right, ${stops})` }}
        aria-hidden
      />
      <div className="fs-heat-ends">
        {ends.map((e, i) => (
          <span key={i}>{e}</span>
        ))}
      </div>
    </figure>
  );
}
