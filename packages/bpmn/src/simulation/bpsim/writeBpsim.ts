import type { BpmnModdleInstance } from 'bpmn-moddle';
import type { ExportContext } from '../../export/ExportContext';
import type { El } from '../../moddle';
import { BPSIM_NS, type BpsimInfo, type BpsimValue } from './BpsimInfo';

/**
 * A `relationship` of type BPSimData (the standard's place) holding one scenario with `info`'s
 * parameters, grouped per element as BPSim orders them; element refs are the file's BPMN ids.
 */
export function writeBpsim(info: BpsimInfo, process: El, ctx: ExportContext): El {
  const any = (name: string, attrs: Record<string, unknown> = {}, kids: El[] = []): El => {
    const el = (
      ctx.moddle as BpmnModdleInstance & { createAny(n: string, ns: string, p: object): El }
    ).createAny(`bpsim:${name}`, BPSIM_NS, kids.length > 0 ? { ...attrs, $children: kids } : attrs);
    return el;
  };
  const value = (v: BpsimValue): El =>
    any(
      v.type,
      v.attrs,
      (v.points ?? []).map((p) =>
        any('UserDistributionDataPoint', { probability: String(p.probability) }, [value(p.value)]),
      ),
    );
  const byElement = new Map<string, Map<string, El[]>>();
  for (const p of info.parameters) {
    const groups = byElement.get(p.elementRef) ?? new Map<string, El[]>();
    byElement.set(p.elementRef, groups);
    const list = groups.get(p.group) ?? [];
    groups.set(p.group, list);
    list.push(any(p.name, {}, p.value ? [value(p.value)] : []));
  }
  const elements = [...byElement].map(([ref, groups]) =>
    any(
      'ElementParameters',
      { elementRef: ctx.bpmnId(ref) },
      [...groups].map(([g, ps]) => any(g, {}, ps)),
    ),
  );
  const scenario = any(
    'Scenario',
    { id: 'default', name: 'Flowsmith', author: 'Flowsmith', version: '1' },
    [any('ScenarioParameters', { baseTimeUnit: info.baseTimeUnit }), ...elements],
  );
  return ctx.make('bpmn:Relationship', {
    id: ctx.ids.allocate('BPSimData'),
    type: 'BPSimData',
    source: [process],
    target: [process],
    extensionElements: ctx.make('bpmn:ExtensionElements', {
      values: [any('BPSimData', {}, [scenario])],
    }),
  });
}
