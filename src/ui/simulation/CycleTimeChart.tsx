import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { histogramData } from './chartData';
import { slotColour, TOOLTIP_STYLE } from './chartColours';
import type { CycleSample } from './cycleSample';

/** The cycle-time histogram: share of cases per bin, one bar series per simulated document. */
export function CycleTimeChart({ cycles, names }: { cycles: CycleSample[][]; names: string[] }) {
  const { t } = useTranslation();
  const { unit, rows } = useMemo(() => histogramData(cycles), [cycles]);
  const unitName = t(`simulation.unit.${unit}`);
  return (
    <figure className="fs-sim-chart" data-testid="sim-chart-cycle">
      <figcaption>{t('simulation.chart.cycleTime')}</figcaption>
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 18, left: 0 }} barCategoryGap={1}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="to"
            tick={{ fontSize: 10 }}
            label={{
              value: t('simulation.chart.cycleAxis', { unit: unitName }),
              position: 'insideBottom',
              offset: -10,
              fontSize: 11,
            }}
          />
          <YAxis
            tick={{ fontSize: 10 }}
            width={44}
            unit="%"
            label={{
              value: t('simulation.chart.shareAxis'),
              angle: -90,
              position: 'insideLeft',
              offset: 10,
              fontSize: 11,
              dy: 50,
            }}
          />
          <Tooltip
            itemSorter={() => 0}
            contentStyle={TOOLTIP_STYLE}
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
            formatter={(v) => `${String(v)} %`}
          />
          {names.length > 1 && (
            <Legend
              itemSorter={null}
              verticalAlign="top"
              height={20}
              wrapperStyle={{ fontSize: 11 }}
            />
          )}
          {names.map((name, i) => (
            <Bar
              key={i}
              dataKey={`s${i}`}
              name={name}
              fill={slotColour(i, names.length)}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
