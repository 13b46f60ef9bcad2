import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TIME_UNITS,
  type Distribution,
  type DistributionKind,
  type TimeUnit,
} from '@flowsmith/model';
import { NumberField } from './NumberField';
import { DistributionLists } from './DistributionLists';
import { ShiftAndBounds } from './ShiftAndBounds';
import {
  convertDistribution,
  DISTRIBUTION_KINDS,
  distributionProblem,
  NUMBER_PARAMS,
} from './distributionKinds';
import './distributionStrings';

type Params = Record<string, number>;

export { convertDistribution, distributionProblem } from './distributionKinds';

/**
 * Edits a duration or inter-arrival time: none, a three-point estimate (the workshop default) or
 * any distribution of FORMAT.md — gamma, observed values and histograms included — with its unit,
 * and a shift and bounds folded under it. Changing the kind keeps about the same mean.
 */
export function DistributionField({
  label,
  value,
  onCommit,
  testId,
}: {
  label: string;
  value: Distribution | undefined;
  onCommit: (value: Distribution | undefined) => string | null;
  testId?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  // Values typed but not yet committed because the set did not fit together (a three-point
  // estimate typed one field at a time passes through min > mode); they join the next attempt.
  const [pending, setPending] = useState<Params>({});
  const setParam = (name: string, n: number | undefined): string | null => {
    if (!value) return null;
    if (n === undefined) return t('distribution.missing');
    const all = { ...pending, [name]: n };
    const next = { ...value, ...all } as Distribution;
    const problem = distributionProblem(next, t);
    if (problem) {
      setPending(all);
      return problem;
    }
    setPending({});
    return onCommit(next);
  };
  /** Commits a whole new distribution (a list, a shift, bounds) once it makes sense. */
  const commitWhole = (next: Distribution): string | null =>
    distributionProblem(next, t) ?? onCommit(next);
  return (
    <fieldset className="fs-field fs-distribution" data-testid={testId}>
      <legend>{label}</legend>
      <div className="fs-row">
        <select
          id={id}
          aria-label={t('distribution.kind', { label })}
          value={value?.dist ?? ''}
          onChange={(e) => {
            setPending({});
            onCommit(
              e.target.value
                ? convertDistribution(value, e.target.value as DistributionKind)
                : undefined,
            );
          }}
        >
          <option value="">{t('distribution.none')}</option>
          {DISTRIBUTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`distribution.${k}`)}
            </option>
          ))}
        </select>
        {value && (
          <select
            aria-label={t('distribution.unit', { label })}
            value={value.unit ?? 'min'}
            onChange={(e) => onCommit({ ...value, unit: e.target.value as TimeUnit })}
          >
            {TIME_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`unit.${u}`)}
              </option>
            ))}
          </select>
        )}
      </div>
      {value && NUMBER_PARAMS[value.dist].length > 0 && (
        <div className="fs-row fs-params">
          {NUMBER_PARAMS[value.dist].map((p) => (
            <NumberField
              key={`${value.dist}.${p}`}
              label={t(`distribution.param.${p}`)}
              value={(value as unknown as Params)[p]}
              min={0}
              integer={p === 'k'}
              testId={testId ? `${testId}-${p}` : undefined}
              onCommit={(n) => setParam(p, n)}
            />
          ))}
        </div>
      )}
      {value && (value.dist === 'empirical' || value.dist === 'histogram') && (
        <DistributionLists value={value} testId={testId} onCommit={commitWhole} />
      )}
      {value && <ShiftAndBounds value={value} testId={testId} onCommit={commitWhole} />}
    </fieldset>
  );
}
