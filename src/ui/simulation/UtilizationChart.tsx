import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDocument } from '@flowsmith/model';
import type { SimulationSummary } from '@flowsmith/simulation';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { utilizationData } from './chartData';
import { slotColour, TOOLTIP_STYLE } from './chartColours';

/** Utilisation per role as horizontal bars (role names read fully in a narrow panel), one series per document. */
export function UtilizationChart({
  summaries,
  docs,
  names,
}: {
  summaries: SimulationSummary[];
  docs: ProcessDocument[];
  names: string[];
}) {
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
    <figure className="fs-sim-chart" data-testid="sim-chart-utilization">
      <figcaption>{t('simulation.chart.utilization')}</figcaption>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 12, bottom: 18, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, (max: number) => Math.max(100, Math.ceil(max / 10) * 10)]}
            tick={{ fontSize: 10 }}
            unit="%"
            label={{
              value: t('simulation.chart.utilAxis'),
              position: 'insideBottom',
              offset: -10,
              fontSize: 11,
            }}
          />
          <YAxis type="category" dataKey="role" width={92} tick={{ fontSize: 11 }} interval={0} />
          <ReferenceLine x={100} stroke="#c0392b" strokeDasharray="4 2" />
          <Tooltip
            itemSorter={() => 0}
            contentStyle={TOOLTIP_STYLE}
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
