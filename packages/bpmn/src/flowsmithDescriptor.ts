/** The XML namespace of Flowsmith's BPMN extension elements. */
export const FLOWSMITH_NS = 'https://flowsmith.dev/schema/bpmn/1.0';

/**
 * The moddle descriptor of the `flowsmith:` extension namespace. Each element carries, as a JSON
 * body, the Flowsmith record it belongs to — the document (roles, calendars, data, risks, KPIs,
 * revisions, language, description, view…), a step or a flow — so nothing the BPMN standard has no
 * place for is lost on export. Other BPMN tools keep unknown extension elements untouched.
 */
export const flowsmithDescriptor = {
  name: 'Flowsmith',
  uri: FLOWSMITH_NS,
  prefix: 'flowsmith',
  xml: { tagAlias: 'lowerCase' },
  associations: [],
  enumerations: [],
  types: [
    {
      name: 'Document',
      superClass: ['Element'],
      properties: [
        { name: 'formatVersion', isAttr: true, type: 'Integer' },
        { name: 'json', isBody: true, type: 'String' },
      ],
    },
    {
      name: 'Step',
      superClass: ['Element'],
      properties: [{ name: 'json', isBody: true, type: 'String' }],
    },
    {
      name: 'Flow',
      superClass: ['Element'],
      properties: [{ name: 'json', isBody: true, type: 'String' }],
    },
    {
      name: 'Data',
      superClass: ['Element'],
      properties: [{ name: 'json', isBody: true, type: 'String' }],
    },
    {
      name: 'Role',
      superClass: ['Element'],
      properties: [{ name: 'json', isBody: true, type: 'String' }],
    },
  ],
} as const;
