import { describe, it, expect } from 'vitest';
import type { ProcessDocument, Step } from '@flowsmith/model';
import { importBpmn } from './importBpmn';

/**
 * A purchase process drawn in a modeler: a pool with nested lanes (Office / Clerk, Office /
 * Manager) and a Finance lane, every task type, an inclusive gateway, a boundary timer, a wait,
 * a message catch to leave out, conditions, a default flow, data and an embedded sub-process.
 */
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="x">
  <bpmn:collaboration id="c">
    <bpmn:participant id="pool" name="Purchasing" processRef="purchase"/>
    <bpmn:participant id="supplierPool" name="Supplier"/>
    <bpmn:messageFlow id="mf" sourceRef="send" targetRef="supplierPool"/>
  </bpmn:collaboration>
  <bpmn:process id="purchase" name="采购">
    <bpmn:documentation>Buy things</bpmn:documentation>
    <bpmn:laneSet id="ls">
      <bpmn:lane id="office" name="Office">
        <bpmn:childLaneSet id="cls">
          <bpmn:lane id="clerk" name="Clerk"><bpmn:flowNodeRef>fill</bpmn:flowNodeRef><bpmn:flowNodeRef>send</bpmn:flowNodeRef></bpmn:lane>
          <bpmn:lane id="manager" name="Manager"><bpmn:flowNodeRef>approve</bpmn:flowNodeRef><bpmn:flowNodeRef>check</bpmn:flowNodeRef></bpmn:lane>
        </bpmn:childLaneSet>
      </bpmn:lane>
      <bpmn:lane id="finance" name="Finance"><bpmn:flowNodeRef>pay</bpmn:flowNodeRef><bpmn:flowNodeRef>rules</bpmn:flowNodeRef></bpmn:lane>
    </bpmn:laneSet>
    <bpmn:dataObject id="poObject" name="Purchase order"/>
    <bpmn:dataObjectReference id="po" dataObjectRef="poObject"/>
    <bpmn:startEvent id="start" name="Need"><bpmn:timerEventDefinition><bpmn:timeCycle>R/PT30M</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
    <bpmn:userTask id="fill" name="Fill in order">
      <bpmn:documentation>Use the form</bpmn:documentation>
      <bpmn:dataOutputAssociation id="doa"><bpmn:targetRef>po</bpmn:targetRef></bpmn:dataOutputAssociation>
      <bpmn:multiInstanceLoopCharacteristics/>
    </bpmn:userTask>
    <bpmn:exclusiveGateway id="amount" name="Amount?" default="small"/>
    <bpmn:userTask id="approve" name="Approve order">
      <bpmn:dataInputAssociation id="dia"><bpmn:sourceRef>po</bpmn:sourceRef></bpmn:dataInputAssociation>
    </bpmn:userTask>
    <bpmn:boundaryEvent id="late" name="2 days" attachedToRef="approve"><bpmn:timerEventDefinition><bpmn:timeDuration>P2D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
    <bpmn:manualTask id="check" name="Check goods"/>
    <bpmn:inclusiveGateway id="join" name="join"/>
    <bpmn:sendTask id="send" name="Send order"/>
    <bpmn:intermediateCatchEvent id="reply" name="Reply"><bpmn:messageEventDefinition/></bpmn:intermediateCatchEvent>
    <bpmn:intermediateCatchEvent id="wait" name="Wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT2H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
    <bpmn:serviceTask id="pay" name="Pay"/>
    <bpmn:businessRuleTask id="rules" name="Rules"/>
    <bpmn:callActivity id="archive" name="Archive" calledElement="archiving"/>
    <bpmn:subProcess id="inner" name="Inner"><bpmn:startEvent id="is"/><bpmn:task id="it" name="inside"/><bpmn:sequenceFlow id="if" sourceRef="is" targetRef="it"/></bpmn:subProcess>
    <bpmn:subProcess id="onError" triggeredByEvent="true"><bpmn:startEvent id="es"/></bpmn:subProcess>
    <bpmn:endEvent id="end" name="Done"><bpmn:terminateEventDefinition/></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="fill"/>
    <bpmn:sequenceFlow id="f2" sourceRef="fill" targetRef="amount"/>
    <bpmn:sequenceFlow id="big" name="large" sourceRef="amount" targetRef="approve"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${amount &gt; 1000 &amp;&amp; urgent}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="odd" sourceRef="amount" targetRef="check"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${order.items.size() &gt; 3}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="small" sourceRef="amount" targetRef="join"/>
    <bpmn:sequenceFlow id="f3" sourceRef="approve" targetRef="join"/>
    <bpmn:sequenceFlow id="f4" sourceRef="late" targetRef="end"/>
    <bpmn:sequenceFlow id="f5" sourceRef="check" targetRef="join"/>
    <bpmn:sequenceFlow id="f6" sourceRef="join" targetRef="send"/>
    <bpmn:sequenceFlow id="f7" sourceRef="send" targetRef="reply"/>
    <bpmn:sequenceFlow id="f8" sourceRef="reply" targetRef="wait"/>
    <bpmn:sequenceFlow id="f9" sourceRef="wait" targetRef="pay"/>
    <bpmn:sequenceFlow id="f10" sourceRef="pay" targetRef="rules"/>
    <bpmn:sequenceFlow id="f11" sourceRef="rules" targetRef="archive"/>
    <bpmn:sequenceFlow id="f12" sourceRef="archive" targetRef="inner"/>
    <bpmn:sequenceFlow id="f13" sourceRef="inner" targetRef="end"/>
    <bpmn:textAnnotation id="note"><bpmn:text>Two signatures above 5000</bpmn:text></bpmn:textAnnotation>
    <bpmn:association id="a1" sourceRef="approve" targetRef="note"/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="dia1"><bpmndi:BPMNPlane id="pl" bpmnElement="c">
    <bpmndi:BPMNShape id="fill_di" bpmnElement="fill"><dc:Bounds x="100" y="60" width="100" height="80"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="amount_di" bpmnElement="amount"><dc:Bounds x="250" y="75" width="50" height="50"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="late_di" bpmnElement="late"><dc:Bounds x="400" y="240" width="36" height="36"/></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

const stepOf = (doc: ProcessDocument, id: string): Step => {
  const s = doc.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id}`);
  return s;
};

describe('importBpmn', async () => {
  const { documents, warnings } = await importBpmn(XML);
  const main = documents[0]!;
  const codes = (id: string) => warnings.filter((w) => w.elementId === id).map((w) => w.code);

  it('reads the main process first, then the embedded sub-process as its own document', () => {
    expect(documents.map((d) => d.id)).toEqual(['purchase', 'inner']);
    expect(main.name).toBe('采购');
    expect(main.description).toBe('Buy things');
    expect(stepOf(main, 'inner')).toMatchObject({ type: 'subprocess', process: 'inner' });
    expect(documents[1]!.steps.map((s) => s.id)).toEqual(['is', 'it']);
  });

  it('turns lanes into roles, flattening nested lanes with a warning', () => {
    expect(main.roles).toEqual([
      { id: 'clerk', name: 'Office / Clerk' },
      { id: 'manager', name: 'Office / Manager' },
      { id: 'finance', name: 'Finance' },
    ]);
    expect(codes('office')).toEqual(['nested-lanes-flattened']);
    expect(stepOf(main, 'fill')).toMatchObject({ role: 'clerk' });
    expect(stepOf(main, 'pay')).toMatchObject({ role: 'finance' });
  });

  it('maps every task type to a kind', () => {
    expect(stepOf(main, 'fill')).toMatchObject({ type: 'task', kind: 'manual' });
    expect(stepOf(main, 'approve')).toMatchObject({ type: 'task', kind: 'approval' });
    expect(stepOf(main, 'check')).toMatchObject({ type: 'task', kind: 'review' });
    for (const id of ['send', 'pay', 'rules'])
      expect(stepOf(main, id)).toMatchObject({ type: 'task', kind: 'system' });
  });

  it('reads documentation as instructions, annotations into the description, and data in and out', () => {
    expect(stepOf(main, 'fill')).toMatchObject({ instructions: 'Use the form', outputs: ['po'] });
    expect(stepOf(main, 'approve')).toMatchObject({
      inputs: ['po'],
      description: 'Two signatures above 5000',
    });
    expect(main.data).toEqual([{ id: 'po', name: 'Purchase order' }]);
  });

  it('reads a timer start cycle as the arrival, a timer catch as a timer with its duration', () => {
    expect(stepOf(main, 'start')).toMatchObject({
      arrival: { interarrival: { dist: 'fixed', value: 30 } },
    });
    expect(stepOf(main, 'wait')).toMatchObject({
      type: 'timer',
      duration: { dist: 'fixed', value: 2, unit: 'h' },
    });
  });

  it('reads conditions in the condition language, keeps others as labels with a warning, and the default flow', () => {
    const flow = (id: string) => main.flows.find((f) => f.id === id);
    expect(flow('big')).toMatchObject({ condition: 'amount > 1000 && urgent', label: 'large' });
    expect(flow('odd')).toMatchObject({ label: '${order.items.size() > 3}' });
    expect(flow('odd')!.condition).toBeUndefined();
    expect(codes('odd')).toEqual(['condition-not-understood']);
    expect(flow('small')).toMatchObject({ default: true });
  });

  it('reads an inclusive gateway as or, and a boundary timer as an xor after its host', () => {
    expect(stepOf(main, 'join').type).toBe('or');
    expect(codes('join')).toEqual([]);
    expect(stepOf(main, 'late')).toMatchObject({ type: 'xor', position: { x: 418, y: 258 } });
    const from = (id: string) => main.flows.filter((f) => f.from === id).map((f) => f.to);
    expect(from('approve')).toEqual(['late']);
    expect(from('late').sort()).toEqual(['end', 'join']);
    expect(main.flows.find((f) => f.id === 'f4')).toMatchObject({ label: '2 days' });
  });

  it('leaves out the message catch, reconnecting around it, and says so', () => {
    expect(main.steps.some((s) => s.id === 'reply')).toBe(false);
    expect(main.flows.find((f) => f.id === 'f7')).toMatchObject({ from: 'send', to: 'wait' });
    expect(codes('reply')).toEqual(['element-left-out']);
    expect(codes('f7')).toEqual(['flow-reconnected']);
    expect(codes('f8')).toEqual(['flow-merged']);
  });

  it('reports everything else it leaves out or approximates, by element id', () => {
    expect(codes('mf')).toEqual(['element-left-out']);
    expect(codes('supplierPool')).toEqual(['pool-without-process']);
    expect(codes('onError')).toEqual(['element-left-out']);
    expect(codes('fill')).toEqual(['loop-approximated']);
    expect(codes('end')).toEqual([]);
    expect(stepOf(main, 'end')).toMatchObject({ type: 'end', terminate: true });
    expect(stepOf(main, 'archive')).toMatchObject({ type: 'subprocess', process: 'archiving' });
  });

  it('reads positions as shape centres', () => {
    expect(stepOf(main, 'fill').position).toEqual({ x: 150, y: 100 });
    expect(stepOf(main, 'amount').position).toEqual({ x: 275, y: 100 });
    expect(stepOf(main, 'pay').position).toBeUndefined();
  });

  it('leaves no flow dangling', () => {
    for (const d of documents) {
      const ids = new Set(d.steps.map((s) => s.id));
      for (const f of d.flows) expect(ids.has(f.from) && ids.has(f.to)).toBe(true);
    }
  });

  it('writes its warnings in Chinese when asked', async () => {
    const zh = await importBpmn(XML, { lang: 'zh-CN' });
    expect(zh.warnings.find((w) => w.elementId === 'reply')!.message).toMatch(/没有对应元素/);
    expect(zh.warnings.map((w) => w.code)).toEqual(warnings.map((w) => w.code));
  });
});

describe('importBpmn ids', () => {
  it("passes on the reader's warning about a duplicate id", async () => {
    const xml = `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
      <process id="p"><startEvent id="x" name="a"/><endEvent id="x" name="b"/><task id="t"/></process></definitions>`;
    const { documents, warnings } = await importBpmn(xml);
    expect(documents[0]!.steps.map((s) => s.id)).toEqual(['x', 't']);
    expect(warnings.map((w) => w.code)).toEqual(['moddle-warning']);
    expect(warnings[0]!.message).toMatch(/duplicate ID <x>/);
  });

  it('keeps ids unique when a saved Flowsmith id is taken, renaming and saying so', async () => {
    const xml = `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowsmith="https://flowsmith.dev/schema/bpmn/1.0" id="d" targetNamespace="x">
      <process id="p">
        <task id="a"><extensionElements><flowsmith:step>{"id":"t","type":"task","name":""}</flowsmith:step></extensionElements></task>
        <task id="t" name="other"/>
      </process></definitions>`;
    const { documents, warnings } = await importBpmn(xml);
    expect(documents[0]!.steps.map((s) => s.id)).toEqual(['t', 't_2']);
    expect(warnings).toEqual([expect.objectContaining({ code: 'id-renamed', elementId: 't' })]);
  });

  it('drops a flow whose ends the reader could not resolve, and says so', async () => {
    const xml = `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
      <process id="p"><startEvent id="s"/><sequenceFlow id="f" sourceRef="s" targetRef="nowhere"/></process></definitions>`;
    const { documents, warnings } = await importBpmn(xml);
    expect(documents[0]!.flows).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(['moddle-warning', 'flow-unconnected']);
  });
});

describe('importBpmn orientation', () => {
  it('reads lanes drawn top-down as a document with vertical lanes', async () => {
    const xml = `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="d" targetNamespace="x">
      <process id="p"><laneSet id="ls"><lane id="l" name="Clerk"><flowNodeRef>t</flowNodeRef></lane></laneSet><task id="t" name="t"/></process>
      <bpmndi:BPMNDiagram id="di"><bpmndi:BPMNPlane id="pl" bpmnElement="p">
        <bpmndi:BPMNShape id="l_di" bpmnElement="l" isHorizontal="false"><dc:Bounds x="0" y="0" width="200" height="600"/></bpmndi:BPMNShape>
      </bpmndi:BPMNPlane></bpmndi:BPMNDiagram></definitions>`;
    const { documents } = await importBpmn(xml);
    expect(documents[0]!.view).toEqual({ lanes: 'vertical' });
    expect(documents[0]!.roles).toEqual([{ id: 'l', name: 'Clerk' }]);
  });
});

describe('a process the file leaves unnamed', () => {
  const bare = (name: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <bpmn:process id="sid-e138"${name}>
    <bpmn:startEvent id="s"/><bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/>
  </bpmn:process>
</bpmn:definitions>`;

  it('takes the name the caller knows it by (its file), and keeps a name the file gives', async () => {
    const fallbackName = 'Credit_Application_Simulation';
    expect((await importBpmn(bare(''), { fallbackName })).documents[0]!.name).toBe(fallbackName);
    expect((await importBpmn(bare(''))).documents[0]!.name).toBe('sid-e138');
    const named = await importBpmn(bare(' name="信贷申请"'), { fallbackName });
    expect(named.documents[0]!.name).toBe('信贷申请');
  });
});
