import type { El } from '../../moddle';
import type { ExportContext } from '../../export/ExportContext';
import type { QbpDistribution, QbpInfo } from './QbpInfo';

/**
 * A `qbp:processSimulationInfo` for `info` (Flowsmith ids, turned into the file's BPMN ids with
 * `ctx.bpmnId`), for the process `processId`; numbers in seconds, shown in minutes by BIMP.
 */
export function writeQbp(info: QbpInfo, processId: string, ctx: ExportContext): El {
  const make = (type: string, attrs: Record<string, unknown>) => ctx.make(`qbp:${type}`, attrs);
  const text = (n: number) => String(n);
  const distribution = (d: QbpDistribution) =>
    make('Distribution', {
      type: d.type,
      mean: text(d.mean),
      arg1: text(d.arg1),
      arg2: text(d.arg2),
      timeUnit: make('TimeUnit', { value: 'minutes' }),
    });
  const attrs: Record<string, unknown> = {
    id: `qbp_${processId}`,
    processId,
    processInstances: text(info.processInstances ?? 1000),
  };
  if (info.currency) attrs.currency = info.currency;
  if (info.startDateTime) attrs.startDateTime = info.startDateTime;
  if (info.arrival) attrs.arrivalRateDistribution = distribution(info.arrival);
  attrs.timetables = make('Timetables', {
    timetable: info.timetables.map((t) =>
      make('Timetable', {
        id: t.id,
        ...(t.name ? { name: t.name } : {}),
        ...(t.isDefault ? { default: 'true' } : {}),
        rules: make('Rules', { rule: t.rules.map((r) => make('Rule', { ...r })) }),
      }),
    ),
  });
  attrs.resources = make('Resources', {
    resource: info.resources.map((r) =>
      make('Resource', {
        id: ctx.bpmnId(r.id),
        name: r.name,
        totalAmount: text(r.totalAmount),
        costPerHour: text(r.costPerHour),
        ...(r.timetableId ? { timetableId: r.timetableId } : {}),
      }),
    ),
  });
  attrs.elements = make('Elements', {
    element: info.elements.map((e) =>
      make('SimulationElement', {
        elementId: ctx.bpmnId(e.elementId),
        ...(e.duration ? { durationDistribution: distribution(e.duration) } : {}),
        resourceIds: make('ResourceIds', {
          resourceId: e.resourceIds.map((id) => make('ResourceId', { value: ctx.bpmnId(id) })),
        }),
      }),
    ),
  });
  attrs.sequenceFlows = make('SequenceFlows', {
    sequenceFlow: info.flows.map((f) =>
      make('SequenceFlowSimulation', {
        elementId: ctx.bpmnId(f.elementId),
        executionProbability: text(f.probability),
      }),
    ),
  });
  return make('ProcessSimulationInfo', attrs);
}
