import { isEl, list, one, type El } from '../../moddle';
import type { BpsimInfo, BpsimParameter, BpsimValue } from './BpsimInfo';

const local = (el: El) => el.$type.slice(el.$type.indexOf(':') + 1);
const children = (el: El): El[] => (Array.isArray(el.$children) ? el.$children.filter(isEl) : []);
const attrsOf = (el: El): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(el))
    if (!k.startsWith('$') && typeof v === 'string') out[k] = v;
  return out;
};

/**
 * The `bpsim:BPSimData` of a file — in a `relationship` of type BPSimData (the standard's place)
 * or in a process's extension elements — as its first scenario's parameters, element refs
 * turned into Flowsmith ids by `idOf`; undefined when there is none. BPSim elements are read
 * by local name, whatever the prefix. Pure.
 */
export function readBpsim(
  definitions: El,
  idOf: (bpmnId: string) => string,
): BpsimInfo | undefined {
  const holders = [
    ...list(definitions, 'relationships'),
    ...list(definitions, 'rootElements').filter((r) => r.$type === 'bpmn:Process'),
  ];
  const data = holders
    .flatMap((h) => list(one(h, 'extensionElements') ?? h, 'values'))
    .find((v) => local(v) === 'BPSimData');
  if (!data) return undefined;
  const [scenario, ...others] = children(data).filter((c) => local(c) === 'Scenario');
  if (!scenario) return undefined;
  const info: BpsimInfo = {
    baseTimeUnit: 'ms',
    parameters: [],
    leftOut: others.map((s) => `Scenario ${String(s.id ?? '?')}`),
  };
  for (const part of children(scenario)) {
    const kind = local(part);
    if (kind === 'ScenarioParameters')
      info.baseTimeUnit = typeof part.baseTimeUnit === 'string' ? part.baseTimeUnit : 'ms';
    else if (kind === 'Calendar') info.leftOut.push(`Calendar ${String(part.id ?? '?')}`);
    else if (kind === 'ElementParameters') {
      const ref = typeof part.elementRef === 'string' ? idOf(part.elementRef) : '';
      for (const group of children(part))
        for (const parameter of children(group)) {
          const p: BpsimParameter = {
            elementRef: ref,
            group: local(group),
            name: local(parameter),
          };
          const first = children(parameter)[0];
          if (first) p.value = value(first);
          info.parameters.push(p);
        }
    }
  }
  return info;
}

function value(el: El): BpsimValue {
  const v: BpsimValue = { type: local(el), attrs: attrsOf(el) };
  if (v.type === 'UserDistribution')
    v.points = children(el)
      .filter((c) => local(c) === 'UserDistributionDataPoint')
      .flatMap((c) => {
        const inner = children(c)[0];
        return inner ? [{ probability: Number(c.probability), value: value(inner) }] : [];
      });
  return v;
}
