import { createModdle } from './moddle';
import { precheck } from './import/precheck';

/**
 * Parses BPMN XML with bpmn-moddle (knowing the `flowsmith:` namespace) and gives the raw
 * definitions and the reader's warnings — for tools that work on the BPMN tree itself, such as
 * bpmnlint. The same size and nesting checks as `importBpmn` apply; rejects like bpmn-moddle.
 */
export async function readBpmnDefinitions(
  xml: string,
): Promise<{ definitions: unknown; warnings: string[] }> {
  const text = precheck(xml, undefined);
  const { rootElement, warnings } = await createModdle().fromXML(text);
  return { definitions: rootElement, warnings: warnings.map((w) => w.message) };
}
