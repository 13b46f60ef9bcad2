import { useTranslation } from 'react-i18next';
import type { Distribution } from '@flowsmith/model';
import { TextField } from './TextField';
import { formatBins, readBins, readNumberList } from './distributionKinds';

type Listed = Extract<Distribution, { dist: 'empirical' | 'histogram' }>;

/**
 * The list parameters of an observed-values distribution (values, optional weights) or of a
 * histogram (bins `from-to: weight`, one per line), typed as text and read back exactly.
 */
export function DistributionLists({
  value,
  onCommit,
  testId,
}: {
  value: Listed;
  onCommit: (next: Distribution) => string | null;
  testId?: string | undefined;
}) {
  const { t } = useTranslation();
  if (value.dist === 'empirical') {
    return (
      <>
        <TextField
          label={t('distribution.param.values')}
          value={value.values.join(', ')}
          hint={t('distribution.valuesHint')}
          testId={testId && `${testId}-values`}
          onCommit={(text) => {
            const values = readNumberList(text);
            if (!values) return t('distribution.listNumbers');
            const { weights, ...rest } = value;
            // Weights that no longer match the values are dropped rather than kept wrong.
            const keep = weights && weights.length === values.length ? { weights } : {};
            return onCommit({ ...rest, ...keep, values });
          }}
        />
        <TextField
          label={t('distribution.param.weights')}
          value={(value.weights ?? []).join(', ')}
          hint={t('distribution.weightsHint')}
          testId={testId && `${testId}-weights`}
          onCommit={(text) => {
            const weights = readNumberList(text);
            if (!weights) return t('distribution.listNumbers');
            const { weights: _old, ...rest } = value;
            return onCommit(weights.length ? { ...rest, weights } : rest);
          }}
        />
      </>
    );
  }
  return (
    <TextField
      label={t('distribution.param.bins')}
      value={formatBins(value.bins)}
      hint={t('distribution.binsHint')}
      multiline
      testId={testId && `${testId}-bins`}
      onCommit={(text) => {
        const bins = readBins(text);
        if (!bins) return t('distribution.binsFormat');
        return onCommit({ ...value, bins });
      }}
    />
  );
}
