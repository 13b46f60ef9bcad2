import { describe, expect, it } from 'vitest';
import { build, type ProcessDocument } from '@flowsmith/model';
import { exportBpmn } from '../../export/exportBpmn';
import { importBpmn } from '../../import/importBpmn';

/** A BIMP-style file: QBP data after the diagram, a lane, a numeric condition as probability. */
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:qbp="http://www.qbp-simulator.com/Schema201212" id="d" targetNamespace="t">
  <process id="p">
    <laneSet id="ls"><lane id="clerks" name="Clerks"><flowNodeRef>a</flowNodeRef><flowNodeRef>b</flowNodeRef></lane></laneSet>
    <startEvent id="s"/>
    <task id="a" name="A"/>
    <exclusiveGateway id="g"/>
    <task id="b" name="B"/>
    <endEvent id="e"/>
    <sequenceFlow id="f1" sourceRef="s" targetRef="a"/>
    <sequenceFlow id="f2" sourceRef="a" targetRef="g"/>
    <sequenceFlow id="f3" sourceRef="g" targetRef="b"><conditionExpression xsi:type="tFormalExpression">0.3</conditionExpression></sequenceFlow>
    <sequenceFlow id="f4" sourceRef="g" targetRef="e"><conditionExpression xsi:type="tFormalExpression">0.7</conditionExpression></sequenceFlow>
    <sequenceFlow id="f5" sourceRef="b" targetRef="e"/>
  </process>
  <qbp:processSimulationInfo id="sim" processInstances="500" currency="EUR" startDateTime="2024-03-04T08:30:00.000+00:00">
    <qbp:arrivalRateDistribution type="EXPONENTIAL" mean="0" arg1="600" arg2="0"><qbp:timeUnit>minutes</qbp:timeUnit></qbp:arrivalRateDistribution>
    <qbp:timetables>
      <qbp:timetable id="office" name="Office" default="true"><qbp:rules>
        <qbp:rule fromWeekDay="MONDAY" toWeekDay="FRIDAY" fromTime="09:00:00.000+00:00" toTime="17:30:00.000+00:00"/>
      </qbp:rules></qbp:timetable>
      <qbp:timetable id="always"><qbp:rules>
        <qbp:rule fromWeekDay="MONDAY" toWeekDay="SUNDAY" fromTime="00:00:00.000+00:00" toTime="23:59:59.999+00:00"/>
      </qbp:rules></qbp:timetable>
    </qbp:timetables>
    <qbp:resources>
      <qbp:resource id="clerks" name="Clerks" totalAmount="3" costPerHour="25" timetableId="office"/>
      <qbp:resource id="qbp_1" name="Scanner robot" totalAmount="1" costPerHour="0" timetableId="always"/>
    </qbp:resources>
    <qbp:elements>
      <qbp:element elementId="a" fixedCost="2"><qbp:durationDistribution type="LOGNORMAL" mean="1200" arg1="360000" arg2="0"><qbp:timeUnit>minutes</qbp:timeUnit></qbp:durationDistribution><qbp:resourceIds><qbp:resourceId>clerks</qbp:resourceId></qbp:resourceIds></qbp:element>
      <qbp:element elementId="b"><qbp:durationDistribution type="HISTOGRAM" mean="0" arg1="0" arg2="0"/><qbp:resourceIds><qbp:resourceId>qbp_1</qbp:resourceId></qbp:resourceIds></qbp:element>
    </qbp:elements>
    <qbp:sequenceFlows><qbp:sequenceFlow elementId="f3" executionProbability="0.25"/><qbp:sequenceFlow elementId="f4" executionProbability="0.75"/></qbp:sequenceFlows>
  </qbp:processSimulationInfo>
</definitions>`;

describe('QBP simulation data in BPMN', () => {
  it('reads arrivals, timetables, resources, durations and probabilities (seconds, as BIMP writes them)', async () => {
    const { documents, warnings } = await importBpmn(XML);
    const d = documents[0]!;
    const step = (id: string) => d.steps.find((s) => s.id === id)!;
    expect(step('s')).toMatchObject({
      arrival: { interarrival: { dist: 'exponential', mean: 600, unit: 's' } },
    });
    expect(step('a')).toMatchObject({
      role: 'clerks',
      duration: { dist: 'lognormal', mean: 1200, sd: 600, unit: 's' },
    });
    expect(step('b')).toMatchObject({ role: 'Scanner_robot' });
    expect(d.roles).toEqual([
      { id: 'clerks', name: 'Clerks', capacity: 3, costPerHour: 25, calendar: 'office' },
      { id: 'Scanner_robot', name: 'Scanner robot', capacity: 1 },
    ]);
    expect(d.calendars).toEqual([
      {
        id: 'office',
        name: 'Office',
        week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:30' }],
      },
    ]);
    expect(
      d.flows
        .filter((f) => f.probability !== undefined)
        .map((f) => [f.id, f.probability, f.condition]),
    ).toEqual([
      ['f3', 0.25, undefined],
      ['f4', 0.75, undefined],
    ]);
    expect(d.currency).toBe('EUR');
    expect(d.simulation).toEqual({ start: '2024-03-04T08:30' });
    expect(warnings.map((w) => [w.code, w.elementId])).toEqual([
      ['simulation-left-out', 'processSimulationInfo'],
      ['simulation-left-out', 'a'],
      ['simulation-left-out', 'b'],
    ]);
    expect(warnings[1]!.message).toContain('fixedCost 2');
    expect(warnings[2]!.message).toContain('HISTOGRAM');
  });

  it('reads a numeric condition on a gateway flow as its probability, not a condition', async () => {
    const { documents } = await importBpmn(
      XML.replace(/<qbp:sequenceFlows>[^]*?<\/qbp:sequenceFlows>/, ''),
    );
    expect(documents[0]!.flows.find((f) => f.id === 'f3')).toEqual({
      id: 'f3',
      from: 'g',
      to: 'b',
      probability: 0.3,
    });
  });

  const doc: ProcessDocument = build.processOf('qbp', {
    roles: [{ ...build.role('clerk', 2, 40), calendar: 'office' }],
    calendars: [{ id: 'office', week: [{ days: ['mon', 'tue'], from: '08:00', to: '12:00:30' }] }],
    steps: [
      build.start('start', 10),
      build.task('t', 'clerk', { dist: 'erlang', mean: 8, k: 3 }),
      build.end(),
    ],
    flows: build.chain('start', 't', 'end'),
  });

  it('writes QBP for other simulators, and reads its own file back exactly', async () => {
    const xml = await exportBpmn(doc);
    expect(xml).toContain(
      '<qbp:arrivalRateDistribution type="EXPONENTIAL" mean="0" arg1="600" arg2="0">',
    );
    expect(xml).toContain(
      '<qbp:resource id="clerk" name="clerk" totalAmount="2" costPerHour="40" timetableId="office" />',
    );
    expect(xml).toContain(
      '<qbp:rule fromTime="08:00:00.000" toTime="12:00:30.000" fromWeekDay="MONDAY" toWeekDay="MONDAY" />',
    );
    expect(xml).toContain(
      '<qbp:durationDistribution type="GAMMA" mean="480" arg1="76800" arg2="0">',
    );
    const back = await importBpmn(xml);
    expect(back.warnings).toEqual([]);
    expect(back.documents[0]).toEqual(doc);
    expect(await exportBpmn(doc, { simulation: false })).not.toContain('qbp:');
  });

  it('takes what another tool changed in the QBP data, and keeps the rest exact', async () => {
    const xml = (await exportBpmn(doc)).replace('totalAmount="2"', 'totalAmount="4"');
    const back = (await importBpmn(xml)).documents[0]!;
    expect(back.roles[0]!.capacity).toBe(4);
    expect(back.steps[1]).toEqual(doc.steps[1]);
  });
});
