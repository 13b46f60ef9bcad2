import type { BpmnModdleInstance } from 'bpmn-moddle';
import type { ProcessDocument } from '@flowsmith/model';
import { IdAllocator } from '../IdAllocator';
import { make, type El } from '../moddle';
import { PAYLOAD_TYPES } from '../extensionPayload';

/** The state of one export: the moddle, BPMN ids for Flowsmith ids, and the elements made. */
export class ExportContext {
  readonly ids = new IdAllocator('ncname');
  private readonly bpmnIdOf = new Map<string, string>();
  readonly stepEl = new Map<string, El>();
  readonly flowEl = new Map<string, El>();
  readonly dataEl = new Map<string, El>();
  readonly roleEl = new Map<string, El>();

  constructor(
    readonly moddle: BpmnModdleInstance,
    doc: ProcessDocument,
  ) {
    // Document ids first, so generated ids (Lane_…, …_di) never take one of them.
    const own = [...doc.steps, ...doc.flows, ...doc.roles, ...(doc.data ?? [])].map((r) => r.id);
    for (const id of own) if (!this.bpmnIdOf.has(id)) this.bpmnIdOf.set(id, this.ids.allocate(id));
  }

  /** The BPMN id of a Flowsmith id (made an XML NCName, unique in the file). */
  bpmnId(id: string): string {
    let b = this.bpmnIdOf.get(id);
    if (b === undefined) {
      b = this.ids.allocate(id);
      this.bpmnIdOf.set(id, b);
    }
    return b;
  }

  /** Creates a BPMN element. */
  make(type: string, attrs: Record<string, unknown> = {}): El {
    return make(this.moddle, type, attrs);
  }

  /** An `extensionElements` holding a Flowsmith record as JSON. */
  payload(
    kind: keyof typeof PAYLOAD_TYPES,
    record: unknown,
    attrs: Record<string, unknown> = {},
  ): El {
    const holder = this.make(PAYLOAD_TYPES[kind], { ...attrs, json: JSON.stringify(record) });
    return this.make('bpmn:ExtensionElements', { values: [holder] });
  }
}
