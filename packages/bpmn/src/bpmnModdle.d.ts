// bpmn-moddle 10 ships types for its elements (bpmn-moddle/types) but none for its entry point;
// this declares the part of it Flowsmith uses.
declare module 'bpmn-moddle' {
  export interface ModdleWarning {
    message: string;
    element?: unknown;
    property?: string;
    value?: unknown;
    error?: unknown;
  }
  export interface ModdleParseResult {
    rootElement: unknown;
    warnings: ModdleWarning[];
    elementsById: Record<string, unknown>;
    references: unknown[];
  }
  export interface BpmnModdleInstance {
    fromXML(
      xml: string,
      typeName?: string,
      options?: Record<string, unknown>,
    ): Promise<ModdleParseResult>;
    toXML(
      element: unknown,
      options?: { format?: boolean; preamble?: boolean },
    ): Promise<{ xml: string }>;
    create(type: string, attrs?: Record<string, unknown>): unknown;
  }
  export function BpmnModdle(
    packages?: Record<string, object>,
    options?: Record<string, unknown>,
  ): BpmnModdleInstance;
}
