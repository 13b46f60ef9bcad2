import { diffProcesses, type ProcessDocument } from '@flowsmith/model';
import { flowchartPositions, markDiagram, renderFlowchart, type Flowchart } from '@flowsmith/sop';

/**
 * The two maps of the side-by-side comparison: each document's flowchart (`renderFlowchart`, the
 * one lane geometry with flows routed around steps) with its changed steps outlined in the diff's
 * colours. Pure.
 */
export function compareCharts(
  asIs: ProcessDocument,
  toBe: ProcessDocument,
  roleName: (id: string | null) => string,
): Array<{ doc: ProcessDocument; chart: Flowchart }> {
  const diff = diffProcesses(asIs, toBe);
  return (
    [
      [asIs, diff.asIsStatus],
      [toBe, diff.toBeStatus],
    ] as const
  ).map(([doc, status]) => {
    const positions = flowchartPositions(doc);
    return {
      doc,
      chart: markDiagram(renderFlowchart(doc, positions, roleName), doc, positions, status),
    };
  });
}
