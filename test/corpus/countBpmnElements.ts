/**
 * Counts BPMN elements in XML text with a small tag scanner, independently of bpmn-moddle and of
 * the importer, so the corpus test has an outside measure of what a file holds.
 */
export interface BpmnCounts {
  tasks: number;
  gateways: number;
  flows: number;
  /** Innermost lanes (lanes with no child lanes): what becomes a role. */
  leafLanes: number;
  /** Shape centres by the id of the element they show. */
  centres: Map<string, { x: number; y: number }>;
}

const TASKS =
  /^(task|userTask|manualTask|serviceTask|scriptTask|sendTask|receiveTask|businessRuleTask)$/;
const GATEWAYS =
  /^(exclusiveGateway|parallelGateway|inclusiveGateway|eventBasedGateway|complexGateway)$/;
const TAG = /<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(attrs)
    ?.slice(1)
    .find((v) => v !== undefined);
}

/**
 * Counts tasks, gateways, sequence flows and innermost lanes, leaving out what sits inside event
 * sub-processes (`triggeredByEvent="true"`), which Flowsmith leaves out as a whole.
 */
export function countBpmnElements(xml: string): BpmnCounts {
  const text = xml.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const counts: BpmnCounts = { tasks: 0, gateways: 0, flows: 0, leafLanes: 0, centres: new Map() };
  const stack: Array<{ name: string; eventSub: boolean; hasChildLane: boolean }> = [];
  let shapeOf: string | undefined;
  // Only elements of the BPMN model namespace count (vendor elements may share local names).
  const bpmnPrefixes = new Set(
    [
      ...text.matchAll(
        /xmlns(?::([\w.-]+))?\s*=\s*["']http:\/\/www\.omg\.org\/spec\/BPMN\/20100524\/MODEL["']/g,
      ),
    ].map((m) => m[1] ?? ''),
  );
  for (const m of text.matchAll(TAG)) {
    const [, close, prefix, name, attrs = '', selfClose] = m;
    const isBpmn = bpmnPrefixes.has(prefix?.slice(0, -1) ?? '');
    if (close) {
      const top = stack.pop();
      if (top?.name === 'lane' && !top.hasChildLane) counts.leafLanes++;
      if (top?.name === 'BPMNShape') shapeOf = undefined;
      continue;
    }
    const inEventSub = stack.some((s) => s.eventSub);
    if (!inEventSub && isBpmn) {
      if (TASKS.test(name!)) counts.tasks++;
      else if (GATEWAYS.test(name!)) counts.gateways++;
      else if (name === 'sequenceFlow') counts.flows++;
    }
    if (name === 'lane' && isBpmn)
      for (const s of stack) if (s.name === 'lane') s.hasChildLane = true;
    if (name === 'BPMNShape') shapeOf = attr(attrs, 'bpmnElement');
    if (name === 'Bounds' && shapeOf && !counts.centres.has(shapeOf)) {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => Number(attr(attrs, k)));
      counts.centres.set(shapeOf, { x: x! + w! / 2, y: y! + h! / 2 });
    }
    if (selfClose) {
      if (name === 'lane') counts.leafLanes++;
      continue;
    }
    stack.push({
      name: name!,
      eventSub: name === 'subProcess' && attr(attrs, 'triggeredByEvent') === 'true',
      hasChildLane: false,
    });
  }
  return counts;
}
