import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { utilizationData } from './chartData';
import { AXIS_TICK, bottomAxisLabel } from './axisLabels';
import { ChartFrame } from './ChartFrame';
import type { SummaryChartProps } from './summaryChartProps';
import { SlotBars } from './SlotBars';

/** Utilisation per role as horizontal bars (role names read fully in a narrow panel), one series per document. */
export function UtilizationChart({ summaries, docs, names }: SummaryChartProps) {
  const { t } = useTranslation();
  const rows = useMemo(
    () =>
      utilizationData(
        summaries,
        docs.map((d) => Object.fromEntries(d.roles.map((r) => [r.id, r.name]))),
      ),
    [summaries, docs],
  );
  const height = 40 + rows.length * (names.length > 1 ? 30 : 22) + (names.length > 1 ? 20 : 0);
  return (
    <ChartFrame
      testId="sim-chart-utilization"
      caption={t('simulation.chart.utilization')}
      height={height}
    >
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 12, bottom: 18, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          domain={[0, (max: number) => Math.max(100, Math.ceil(max / 10) * 10)]}
          tick={AXIS_TICK}
          unit="%"
          label={bottomAxisLabel(t('simulation.chart.utilAxis'))}
        />
        <YAxis type="category" dataKey="role" width={92} tick={{ fontSize: 11 }} interval={0} />
        <ReferenceLine x={100} stroke="#c0392b" strokeDasharray="4 2" />
        <SlotBars names={names} />
      </BarChart>
    </ChartFrame>
  );
}
