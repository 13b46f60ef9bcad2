import { Bar, Legend, Tooltip, type TooltipProps } from 'recharts';
import { slotColour, TOOLTIP_STYLE } from './chartColours';

/**
 * The bars of a percentage bar chart, one series per simulated document (`s0`, `s1`, … in the
 * rows), with a legend when there are several and a tooltip that reads values as percents.
 */
export function SlotBars({
  names,
  labelFormatter,
}: {
  names: string[];
  labelFormatter?: TooltipProps<number, string>['labelFormatter'];
}) {
  return (
    <>
      <Tooltip
        itemSorter={() => 0}
        contentStyle={TOOLTIP_STYLE}
        {...(labelFormatter ? { labelFormatter } : {})}
        formatter={(v) => `${String(v)} %`}
      />
      {names.length > 1 && (
        <Legend itemSorter={null} verticalAlign="top" height={20} wrapperStyle={{ fontSize: 11 }} />
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
    </>
  );
}
