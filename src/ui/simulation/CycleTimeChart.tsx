import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { histogramData } from './chartData';
import type { CycleSample } from './cycleSample';
import { AXIS_TICK, bottomAxisLabel, sideAxisLabel } from './axisLabels';
import { ChartFrame } from './ChartFrame';
import { SlotBars } from './SlotBars';

/** The cycle-time histogram: share of cases per bin, one bar series per simulated document. */
export function CycleTimeChart({ cycles, names }: { cycles: CycleSample[][]; names: string[] }) {
  const { t } = useTranslation();
  const { unit, rows } = useMemo(() => histogramData(cycles), [cycles]);
  const unitName = t(`simulation.unit.${unit}`);
  return (
    <ChartFrame testId="sim-chart-cycle" caption={t('simulation.chart.cycleTime')} height={200}>
      <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 18, left: 0 }} barCategoryGap={1}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="to"
          tick={AXIS_TICK}
          label={bottomAxisLabel(t('simulation.chart.cycleAxis', { unit: unitName }))}
        />
        <YAxis
          tick={AXIS_TICK}
          width={44}
          unit="%"
          label={sideAxisLabel(t('simulation.chart.shareAxis'), 50)}
        />
        <SlotBars
          names={names}
          labelFormatter={(_label, payload) => {
            const row = payload?.[0]?.payload as { from: number; to: number } | undefined;
            return row
              ? t('simulation.chart.bin', {
                  from: row.from,
                  to: row.to,
                  unit: t(`simulation.unitShort.${unit}`),
                })
              : '';
          }}
        />
      </BarChart>
    </ChartFrame>
  );
}
