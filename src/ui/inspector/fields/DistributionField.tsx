import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  distributionMean,
  fromMinutes,
  TIME_UNITS,
  type Distribution,
  type DistributionKind,
  type TimeUnit,
} from '@flowsmith/model';
import { NumberField } from './NumberField';

const KINDS: readonly DistributionKind[] = [
  'triangular',
  'fixed',
  'uniform',
  'exponential',
  'normal',
  'lognormal',
  'erlang',
];

type Params = Record<string, number>;

/** The parameters each distribution has, in the order they are asked for. */
const PARAMS: Record<DistributionKind, readonly string[]> = {
  fixed: ['value'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  exponential: ['mean'],
  normal: ['mean', 'sd'],
  lognormal: ['mean', 'sd'],
  erlang: ['mean', 'k'],
};

/** A distribution of `kind` with about the same mean as `from` (or 10), in `unit`. Pure. */
export function convertDistribution(
  from: Distribution | undefined,
  kind: DistributionKind,
): Distribution {
  const unit: TimeUnit = from?.unit ?? 'min';
  const m = from ? Math.round(fromMinutes(distributionMean(from), unit) * 100) / 100 || 10 : 10;
  const r = (x: number) => Math.round(x * 100) / 100;
  switch (kind) {
    case 'fixed':
      return { dist: kind, value: m, unit };
    case 'uniform':
      return { dist: kind, min: r(m * 0.5), max: r(m * 1.5), unit };
    case 'triangular':
      return { dist: kind, min: r(m * 0.75), mode: m, max: r(m * 1.25), unit };
    case 'exponential':
      return { dist: kind, mean: m, unit };
    case 'normal':
    case 'lognormal':
      return { dist: kind, mean: m, sd: r(m * 0.25), unit };
    case 'erlang':
      return { dist: kind, mean: m, k: 2, unit };
  }
}

/** Why a distribution's parameters do not make sense, or null. Pure. */
export function distributionProblem(d: Distribution, t: (k: string) => string): string | null {
  const values = PARAMS[d.dist].map((p) => (d as unknown as Params)[p]);
  if (values.some((v) => v === undefined || !Number.isFinite(v))) return t('distribution.missing');
  if (values.some((v) => v! < 0)) return t('distribution.negative');
  if (d.dist === 'uniform' && d.min > d.max) return t('distribution.minMax');
  if (d.dist === 'triangular' && !(d.min <= d.mode && d.mode <= d.max))
    return t('distribution.order');
  if (d.dist === 'erlang' && (!Number.isInteger(d.k) || d.k < 1)) return t('distribution.k');
  return null;
}

/**
 * Edits a duration or inter-arrival time: none, a three-point estimate (the workshop default) or
 * any distribution of FORMAT.md, with its unit. Changing the kind keeps about the same mean.
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
          {KINDS.map((k) => (
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
      {value && (
        <div className="fs-row fs-params">
          {PARAMS[value.dist].map((p) => (
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
    </fieldset>
  );
}
