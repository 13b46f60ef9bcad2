import { list, one, str, type El } from '../../moddle';
import type { QbpDistribution, QbpInfo } from './QbpInfo';

/**
 * A parsed `qbp:processSimulationInfo` as plain data; `idOf` turns the BPMN ids its elements and
 * flows name into Flowsmith ids (resources and timetables keep theirs). Empty or `NaN` fields
 * (not filled in) read as NaN: a distribution of NaNs is one not given, a flow without a
 * probability is left out, as is a process instance count that is not positive. Pure.
 */
export function readQbp(info: El, idOf: (bpmnId: string) => string): QbpInfo {
  const num = (el: El, key: string) => number(str(el, key));
  const out: QbpInfo = { timetables: [], resources: [], elements: [], flows: [] };
  const instances = num(info, 'processInstances');
  if (instances > 0) out.processInstances = instances;
  const currency = str(info, 'currency');
  if (currency) out.currency = currency;
  const start = str(info, 'startDateTime');
  if (start) out.startDateTime = start;
  const arrival = one(info, 'arrivalRateDistribution');
  if (arrival) out.arrival = distribution(arrival);
  for (const t of list(one(info, 'timetables') ?? info, 'timetable')) {
    out.timetables.push({
      id: str(t, 'id') ?? '',
      ...(str(t, 'name') ? { name: str(t, 'name')! } : {}),
      ...(str(t, 'default') === 'true' ? { isDefault: true } : {}),
      rules: list(one(t, 'rules') ?? t, 'rule').map((r) => ({
        fromWeekDay: str(r, 'fromWeekDay') ?? '',
        toWeekDay: str(r, 'toWeekDay') ?? '',
        fromTime: str(r, 'fromTime') ?? '',
        toTime: str(r, 'toTime') ?? '',
      })),
    });
  }
  for (const r of list(one(info, 'resources') ?? info, 'resource')) {
    const timetableId = str(r, 'timetableId');
    out.resources.push({
      id: str(r, 'id') ?? '',
      name: str(r, 'name') ?? str(r, 'id') ?? '',
      totalAmount: num(r, 'totalAmount'),
      costPerHour: str(r, 'costPerHour') === undefined ? 0 : num(r, 'costPerHour'),
      ...(timetableId ? { timetableId } : {}),
    });
  }
  for (const e of list(one(info, 'elements') ?? info, 'element')) {
    const d = one(e, 'durationDistribution');
    const fixedCost = str(e, 'fixedCost') === undefined ? undefined : num(e, 'fixedCost');
    out.elements.push({
      elementId: idOf(str(e, 'elementId') ?? ''),
      ...(fixedCost !== undefined && fixedCost !== 0 ? { fixedCost } : {}),
      ...(d ? { duration: distribution(d) } : {}),
      resourceIds: list(one(e, 'resourceIds') ?? e, 'resourceId').map((r) =>
        (str(r, 'value') ?? '').trim(),
      ),
    });
  }
  // Apromore writes fields not filled in as "" or NaN: they are not given.
  for (const f of list(one(info, 'sequenceFlows') ?? info, 'sequenceFlow')) {
    const probability = num(f, 'executionProbability');
    const elementId = str(f, 'elementId') ?? '';
    if (elementId !== '' && Number.isFinite(probability))
      out.flows.push({ elementId: idOf(elementId), probability });
  }
  return out;
}

function distribution(d: El): QbpDistribution {
  const n = (key: string) => number(str(d, key));
  return { type: str(d, 'type') ?? '', mean: n('mean'), arg1: n('arg1'), arg2: n('arg2') };
}

/** A number as written; absent, empty or `NaN` (a field not filled in) is NaN. */
function number(text: string | undefined): number {
  return text === undefined || text.trim() === '' ? NaN : Number(text);
}
