import { useTranslation } from 'react-i18next';
import type { Changes, Kpi } from '@flowsmith/model';
import { addFeatureStrings } from '../../i18n/featureStrings';
import { TextField } from '../inspector/fields/TextField';

addFeatureStrings('kpiFields', {
  en: {
    formula: 'Formula',
    formulaPlaceholder: 'Mean calendar days from request submitted to order placed',
    formulaHint: 'How it is computed, in words; the period says how often (monthly, quarterly…).',
    period: 'Period',
    periodPlaceholder: 'Monthly',
  },
  'zh-CN': {
    formula: '计算公式',
    formulaPlaceholder: '从申请提交到订单下达的日历天数平均值',
    formulaHint: '用文字写出如何计算；统计周期写多久统计一次（按月、按季度…）。',
    period: '统计周期',
    periodPlaceholder: '按月',
  },
});

/**
 * The fields of one KPI below its name: 目标, 计算公式, 统计周期 (as the SOP's KPI table prints
 * them). Each edit is one `kpi.update`; clearing a field removes it.
 */
export function KpiFields({
  kpi,
  index,
  update,
}: {
  kpi: Kpi;
  index: number;
  update: (changes: Changes<Omit<Kpi, 'id'>>) => string | null;
}) {
  const { t } = useTranslation();
  const set = (key: 'target' | 'formula' | 'period') => (value: string) =>
    update({ [key]: value.trim() ? value.trim() : null });
  return (
    <>
      <div className="fs-row">
        <TextField
          label={t('kpi.target')}
          value={kpi.target ?? ''}
          placeholder="≤ 2 d"
          testId={`kpi-target-${index}`}
          onCommit={set('target')}
        />
        <TextField
          label={t('kpiFields.period')}
          value={kpi.period ?? ''}
          placeholder={t('kpiFields.periodPlaceholder')}
          testId={`kpi-period-${index}`}
          onCommit={set('period')}
        />
      </div>
      <TextField
        label={t('kpiFields.formula')}
        value={kpi.formula ?? ''}
        placeholder={t('kpiFields.formulaPlaceholder')}
        hint={t('kpiFields.formulaHint')}
        multiline
        testId={`kpi-formula-${index}`}
        onCommit={set('formula')}
      />
    </>
  );
}
