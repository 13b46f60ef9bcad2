import { PRINT_AREA } from '../diagram/flowchartPages';
import type { Flowchart } from '../diagram/renderFlowchart';
import type { DiagramPage } from '../tree';

/**
 * A chart printed whole on one A4 page of `orientation`, as large as the page allows but never
 * larger than its own size (1 unit = 0.75 pt), with an optional caption under it. Pure.
 */
export function wholePage(
  chart: Flowchart,
  orientation: 'portrait' | 'landscape',
  caption?: string,
): DiagramPage {
  const area = PRINT_AREA[orientation];
  const scale = Math.min(area.width / chart.width, area.height / chart.height, 0.75);
  return {
    svg: chart.svg,
    width: chart.width,
    height: chart.height,
    orientation,
    scale,
    ...(caption ? { caption } : {}),
  };
}
