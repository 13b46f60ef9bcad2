import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { overTimeData } from './chartData';
import { QUEUE_COLOURS, slotColour, TOOLTIP_STYLE } from './chartColours';
import { AXIS_TICK, bottomAxisLabel, sideAxisLabel } from './axisLabels';
import { ChartFrame } from './ChartFrame';
import type { SummaryChartProps } from './summaryChartProps';

/** Cases in progress (per document) and the longest queues (by role) over simulated time. */
export function OverTimeChart({ summaries, docs, names }: SummaryChartProps) {
  const { t } = useTranslation();
  const { unit, lines } = useMemo(() => overTimeData(summaries), [summaries]);
  const roleName = (slot: number, id: string) =>
    docs[slot]?.roles.find((r) => r.id === id)?.name ?? id;
  const label = (l: (typeof lines)[number]) => {
    const what =
      l.measure === 'wip'
        ? t('simulation.chart.wip')
        : t('simulation.chart.queue', { role: roleName(l.slot, l.role!) });
    return names.length > 1 ? `${what} · ${names[l.slot]}` : what;
  };
  const queues = lines.filter((l) => l.measure === 'queue');
  return (
    <ChartFrame testId="sim-chart-overtime" caption={t('simulation.chart.overTime')} height={230}>
      <LineChart margin={{ top: 4, right: 8, bottom: 18, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="t"
          domain={[0, 'auto']}
          tick={AXIS_TICK}
          allowDuplicatedCategory={false}
          label={bottomAxisLabel(
            t('simulation.chart.timeAxis', { unit: t(`simulation.unit.${unit}`) }),
          )}
        />
        <YAxis
          tick={AXIS_TICK}
          width={36}
          label={sideAxisLabel(t('simulation.chart.countAxis'), 20)}
        />
        <Tooltip
          itemSorter={() => 0}
          contentStyle={TOOLTIP_STYLE}
          labelFormatter={(v) => `${String(v)} ${t(`simulation.unitShort.${unit}`)}`}
        />
        <Legend itemSorter={null} verticalAlign="top" wrapperStyle={{ fontSize: 11 }} />
        {lines.map((l) => (
          <Line
            key={l.key}
            data={l.points}
            dataKey="v"
            name={label(l)}
            dot={false}
            strokeWidth={l.measure === 'wip' ? 2 : 1.5}
            stroke={
              l.measure === 'wip'
                ? slotColour(l.slot, names.length)
                : QUEUE_COLOURS[queues.indexOf(l) % QUEUE_COLOURS.length]
            }
            strokeDasharray={l.measure === 'wip' ? undefined : '4 2'}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
