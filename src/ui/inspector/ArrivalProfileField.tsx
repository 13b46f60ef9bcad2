import { useTranslation } from 'react-i18next';
import type { ArrivalProfile } from '@flowsmith/model';
import { TextField } from './fields/TextField';
import { readNumberList } from './fields/distributionKinds';
import './simulationFieldStrings';
import './peopleTable.css';

/** Weights as typed (`1 1 2 3`), or null when not `count` numbers ≥ 0 with one above 0. Pure. */
export function readWeights(text: string, count: number): number[] | null {
  const w = readNumberList(text);
  if (!w || w.length !== count || w.some((x) => x < 0) || !w.some((x) => x > 0)) return null;
  return w;
}

/** A tiny bar chart of weights, so the shape of the day or week is seen at a glance. */
function WeightBars({ weights, testId }: { weights: readonly number[]; testId: string }) {
  const max = Math.max(...weights, 0) || 1;
  const w = 8;
  return (
    <svg
      className="fs-profile-bars"
      viewBox={`0 0 ${weights.length * w} 24`}
      width={weights.length * w}
      height={24}
      data-testid={testId}
      aria-hidden
    >
      {weights.map((x, i) => (
        <rect
          key={i}
          x={i * w + 1}
          y={24 - (x / max) * 22}
          width={w - 2}
          height={(x / max) * 22}
          fill="#4f7cff"
        />
      ))}
    </svg>
  );
}

/**
 * A start step's arrival profile (按小时和星期的到达分布): 24 hourly and 7 daily relative weights,
 * each typed as a row of numbers with its bars drawn above; blank removes that part.
 */
export function ArrivalProfileField({
  profile,
  onCommit,
}: {
  profile: ArrivalProfile | undefined;
  onCommit: (profile: ArrivalProfile | undefined) => string | null;
}) {
  const { t } = useTranslation();
  const part = (key: 'hours' | 'days', count: number, label: string) => (
    <div className="fs-profile-part">
      {profile?.[key] && <WeightBars weights={profile[key]} testId={`profile-${key}-bars`} />}
      <TextField
        label={label}
        value={(profile?.[key] ?? []).join(' ')}
        placeholder={Array.from({ length: count }, () => '1').join(' ')}
        testId={`profile-${key}`}
        onCommit={(text) => {
          const next: ArrivalProfile = { ...profile };
          if (text.trim() === '') delete next[key];
          else {
            const w = readWeights(text, count);
            if (!w) return t('simFields.profileCount', { count });
            next[key] = w;
          }
          return onCommit(next.hours || next.days ? next : undefined);
        }}
      />
    </div>
  );
  return (
    <details className="fs-details" open={profile !== undefined} data-testid="arrival-profile">
      <summary>{t('simFields.profile')}</summary>
      <p className="fs-field-hint">{t('simFields.profileHint')}</p>
      {part('hours', 24, t('simFields.profileHours'))}
      {part('days', 7, t('simFields.profileDays'))}
    </details>
  );
}
