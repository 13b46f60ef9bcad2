/** The XML namespace of QBP simulation data (BIMP, Apromore, Simod). */
export const QBP_NS = 'http://www.qbp-simulator.com/Schema201212';

const attrs = (...names: string[]) => names.map((name) => ({ name, isAttr: true, type: 'String' }));
const child = (name: string, type: string, isMany = false) => ({
  name,
  type,
  isMany,
  xml: { serialize: 'property' },
});

/**
 * The moddle descriptor of QBP's `qbp:processSimulationInfo`, which BIMP writes as a child of
 * `<definitions>`: the arrival distribution, timetables, resources, per-task durations and
 * resources, and branch probabilities. Numbers stay text, as written.
 */
export const qbpDescriptor = {
  name: 'QBP',
  uri: QBP_NS,
  prefix: 'qbp',
  xml: { tagAlias: 'lowerCase' },
  associations: [],
  enumerations: [],
  types: [
    {
      name: 'DefinitionsSimulationInfo',
      extends: ['bpmn:Definitions'],
      properties: [child('processSimulationInfo', 'ProcessSimulationInfo', true)],
    },
    {
      name: 'ProcessSimulationInfo',
      superClass: ['Element'],
      properties: [
        ...attrs('id', 'processId', 'processInstances', 'currency', 'startDateTime', 'version'),
        child('errors', 'Errors'),
        child('arrivalRateDistribution', 'Distribution'),
        child('statsOptions', 'StatsOptions'),
        child('timetables', 'Timetables'),
        child('resources', 'Resources'),
        child('elements', 'Elements'),
        child('sequenceFlows', 'SequenceFlows'),
      ],
    },
    {
      name: 'Distribution',
      superClass: ['Element'],
      properties: [
        ...attrs('id', 'type', 'mean', 'arg1', 'arg2', 'rawMean', 'rawArg1', 'rawArg2'),
        child('timeUnit', 'TimeUnit'),
      ],
    },
    {
      name: 'Errors',
      superClass: ['Element'],
      properties: [...attrs('id'), child('error', 'Error', true)],
    },
    { name: 'Error', superClass: ['Element'], properties: attrs('id', 'elementId', 'message') },
    {
      name: 'StatsOptions',
      superClass: ['Element'],
      properties: attrs('id', 'trimStartProcessInstances', 'trimEndProcessInstances'),
    },
    {
      name: 'TimeUnit',
      superClass: ['Element'],
      properties: [...attrs('id'), { name: 'value', isBody: true, type: 'String' }],
    },
    {
      name: 'Timetables',
      superClass: ['Element'],
      properties: [...attrs('id'), child('timetable', 'Timetable', true)],
    },
    {
      name: 'Timetable',
      superClass: ['Element'],
      properties: [...attrs('id', 'name', 'default'), child('rules', 'Rules')],
    },
    {
      name: 'Rules',
      superClass: ['Element'],
      properties: [...attrs('id'), child('rule', 'Rule', true)],
    },
    {
      name: 'Rule',
      superClass: ['Element'],
      properties: attrs('id', 'name', 'fromTime', 'toTime', 'fromWeekDay', 'toWeekDay'),
    },
    {
      name: 'Resources',
      superClass: ['Element'],
      properties: [...attrs('id'), child('resource', 'Resource', true)],
    },
    {
      name: 'Resource',
      superClass: ['Element'],
      properties: attrs('id', 'name', 'totalAmount', 'costPerHour', 'timetableId'),
    },
    {
      name: 'Elements',
      superClass: ['Element'],
      properties: [...attrs('id'), child('element', 'SimulationElement', true)],
    },
    {
      name: 'SimulationElement',
      superClass: ['Element'],
      properties: [
        ...attrs('id', 'elementId', 'fixedCost', 'costThreshold', 'durationThreshold'),
        child('durationDistribution', 'Distribution'),
        child('resourceIds', 'ResourceIds'),
      ],
    },
    {
      name: 'ResourceIds',
      superClass: ['Element'],
      properties: [...attrs('id'), child('resourceId', 'ResourceId', true)],
    },
    {
      name: 'ResourceId',
      superClass: ['Element'],
      properties: [...attrs('id'), { name: 'value', isBody: true, type: 'String' }],
    },
    {
      name: 'SequenceFlows',
      superClass: ['Element'],
      properties: [...attrs('id'), child('sequenceFlow', 'SequenceFlowSimulation', true)],
    },
    {
      name: 'SequenceFlowSimulation',
      superClass: ['Element'],
      properties: attrs('id', 'elementId', 'executionProbability', 'rawExecutionProbability'),
    },
  ],
};
