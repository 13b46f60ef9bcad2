import { describe, expect, it } from 'vitest';
import { build } from '@flowsmith/model';
import { exportBpmn } from '../../export/exportBpmn';
import { importBpmn } from '../../import/importBpmn';

/** A jBPM-style file: BPSim in a BPSimData relationship, times in seconds. */
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn2:definitions xmlns:bpmn2="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpsim="http://www.bpsim.org/schemas/1.0" id="d" targetNamespace="t">
  <bpmn2:relationship type="BPSimData">
    <bpmn2:extensionElements>
      <bpsim:BPSimData>
        <bpsim:Scenario id="default" name="Simulationscenario">
          <bpsim:ScenarioParameters baseTimeUnit="s"/>
          <bpsim:ElementParameters elementRef="start">
            <bpsim:ControlParameters><bpsim:InterTriggerTimer><bpsim:PoissonDistribution mean="300"/></bpsim:InterTriggerTimer></bpsim:ControlParameters>
          </bpsim:ElementParameters>
          <bpsim:ElementParameters elementRef="check">
            <bpsim:TimeParameters>
              <bpsim:ProcessingTime><bpsim:TruncatedNormalDistribution mean="600" standardDeviation="60" min="300" max="900"/></bpsim:ProcessingTime>
              <bpsim:WaitTime><bpsim:FloatingParameter value="30"/></bpsim:WaitTime>
            </bpsim:TimeParameters>
          </bpsim:ElementParameters>
          <bpsim:ElementParameters elementRef="yes">
            <bpsim:ControlParameters><bpsim:Probability><bpsim:FloatingParameter value="0.8"/></bpsim:Probability></bpsim:ControlParameters>
          </bpsim:ElementParameters>
          <bpsim:ElementParameters elementRef="clerks">
            <bpsim:ResourceParameters><bpsim:Quantity><bpsim:NumericParameter value="3"/></bpsim:Quantity></bpsim:ResourceParameters>
            <bpsim:CostParameters><bpsim:UnitCost><bpsim:FloatingParameter value="0.01"/></bpsim:UnitCost></bpsim:CostParameters>
          </bpsim:ElementParameters>
          <bpsim:ElementParameters elementRef="ghost">
            <bpsim:TimeParameters><bpsim:ProcessingTime><bpsim:FloatingParameter value="1"/></bpsim:ProcessingTime></bpsim:TimeParameters>
          </bpsim:ElementParameters>
        </bpsim:Scenario>
      </bpsim:BPSimData>
    </bpmn2:extensionElements>
    <bpmn2:source>p</bpmn2:source>
    <bpmn2:target>p</bpmn2:target>
  </bpmn2:relationship>
  <bpmn2:process id="p">
    <bpmn2:laneSet id="ls"><bpmn2:lane id="clerks" name="Clerks"><bpmn2:flowNodeRef>check</bpmn2:flowNodeRef></bpmn2:lane></bpmn2:laneSet>
    <bpmn2:startEvent id="start"/>
    <bpmn2:task id="check" name="Check"/>
    <bpmn2:exclusiveGateway id="g"/>
    <bpmn2:endEvent id="end"/>
    <bpmn2:sequenceFlow id="f1" sourceRef="start" targetRef="check"/>
    <bpmn2:sequenceFlow id="f2" sourceRef="check" targetRef="g"/>
    <bpmn2:sequenceFlow id="yes" sourceRef="g" targetRef="end"/>
    <bpmn2:sequenceFlow id="no" sourceRef="g" targetRef="check"/>
  </bpmn2:process>
</bpmn2:definitions>`;

describe('BPSim simulation data in BPMN', () => {
  it('reads inter-trigger times, processing times, probabilities, quantities and unit costs', async () => {
    const { documents, warnings } = await importBpmn(XML);
    const d = documents[0]!;
    expect(d.steps.find((s) => s.id === 'start')).toMatchObject({
      arrival: { interarrival: { dist: 'exponential', mean: 300, unit: 's' } },
    });
    expect(d.steps.find((s) => s.id === 'check')).toMatchObject({
      role: 'clerks',
      duration: { dist: 'normal', mean: 600, sd: 60, unit: 's', bounds: { min: 300, max: 900 } },
    });
    expect(d.flows.find((f) => f.id === 'yes')!.probability).toBe(0.8);
    expect(d.roles).toEqual([{ id: 'clerks', name: 'Clerks', capacity: 3, costPerHour: 36 }]);
    expect(
      warnings.map((w) => [w.code, w.elementId, w.message.replace(/.*(bpsim:\w+).*/, '$1')]),
    ).toEqual([
      ['simulation-approximated', 'start', 'bpsim:InterTriggerTimer'],
      ['simulation-left-out', 'check', 'bpsim:WaitTime'],
      ['simulation-unknown-element', 'ghost', 'bpsim:ElementParameters'],
    ]);
  });

  it('writes a BPSim scenario (minutes) that another tool reads, and its own file back exactly', async () => {
    const doc = build.processOf('b', {
      roles: [build.role('clerk', 2, 30)],
      steps: [
        build.start('start', 12),
        build.task('t', 'clerk', { dist: 'triangular', min: 1, mode: 2, max: 4, unit: 'h' }),
        build.end(),
      ],
      flows: build.chain('start', 't', 'end'),
    });
    const xml = await exportBpmn(doc);
    expect(xml).toContain('<bpmn:relationship id="BPSimData" type="BPSimData">');
    expect(xml).toContain('<bpsim:ScenarioParameters baseTimeUnit="min" />');
    expect(xml).toContain('<bpsim:TriangularDistribution min="60" mode="120" max="240" />');
    expect(xml).toMatch(/<bpsim:UnitCost>\s*<bpsim:FloatingParameter value="0.5" \/>/);
    const back = await importBpmn(xml);
    expect(back.warnings).toEqual([]);
    expect(back.documents[0]).toEqual(doc);
    const edited = await importBpmn(xml.replace('mode="120"', 'mode="90"'));
    expect(edited.documents[0]!.steps[1]).toMatchObject({
      duration: { dist: 'triangular', min: 60, mode: 90, max: 240, unit: 'min' },
    });
  });
});
