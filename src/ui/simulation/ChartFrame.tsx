import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/** One simulation chart's frame: a captioned figure with the chart at full width and `height` pixels. */
export function ChartFrame({
  testId,
  caption,
  height,
  children,
}: {
  testId: string;
  caption: string;
  height: number;
  /** The recharts chart (`BarChart`, `LineChart`, …). */
  children: ReactElement;
}) {
  return (
    <figure className="fs-sim-chart" data-testid={testId}>
      <figcaption>{caption}</figcaption>
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
    </figure>
  );
}
