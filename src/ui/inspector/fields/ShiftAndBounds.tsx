import { useTranslation } from 'react-i18next';
import type { Distribution, DistributionBounds } from '@flowsmith/model';
import { NumberField } from './NumberField';

/**
 * A distribution's shift (added to every draw) and bounds (draws outside are drawn again),
 * folded away unless one is set.
 */
export function ShiftAndBounds({
  value,
  onCommit,
  testId,
}: {
  value: Distribution;
  onCommit: (next: Distribution) => string | null;
  testId?: string | undefined;
}) {
  const { t } = useTranslation();
  const bounds = value.bounds ?? {};
  const setBound = (side: keyof DistributionBounds, n: number | undefined) => {
    const next: DistributionBounds = { ...bounds };
    if (n === undefined) delete next[side];
    else next[side] = n;
    const { bounds: _old, ...rest } = value;
    return onCommit(Object.keys(next).length ? { ...rest, bounds: next } : rest);
  };
  const set = value.shift !== undefined || value.bounds !== undefined;
  return (
    <details className="fs-details fs-distribution-adjust" open={set}>
      <summary>{t('distribution.adjust')}</summary>
      <div className="fs-row fs-params">
        <NumberField
          label={t('distribution.shift')}
          value={value.shift}
          testId={testId && `${testId}-shift`}
          onCommit={(shift) => {
            const { shift: _old, ...rest } = value;
            return onCommit(shift === undefined || shift === 0 ? rest : { ...rest, shift });
          }}
        />
        <NumberField
          label={t('distribution.boundsMin')}
          value={bounds.min}
          testId={testId && `${testId}-boundsMin`}
          onCommit={(n) => setBound('min', n)}
        />
        <NumberField
          label={t('distribution.boundsMax')}
          value={bounds.max}
          testId={testId && `${testId}-boundsMax`}
          onCommit={(n) => setBound('max', n)}
        />
      </div>
    </details>
  );
}
