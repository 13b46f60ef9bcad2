import { isEl, list, one, str, type El } from './moddle';

/** The `flowsmith:` extension element types, by what they describe. */
export const PAYLOAD_TYPES = {
  document: 'flowsmith:Document',
  step: 'flowsmith:Step',
  flow: 'flowsmith:Flow',
  role: 'flowsmith:Role',
  data: 'flowsmith:Data',
} as const;

/**
 * The Flowsmith record stored in an element's `flowsmith:` extension (see flowsmithDescriptor),
 * or undefined when there is none or it is not a JSON object. Never throws.
 */
export function readPayload(
  el: El,
  kind: keyof typeof PAYLOAD_TYPES,
): Record<string, unknown> | undefined {
  const ext = one(el, 'extensionElements');
  if (!ext) return undefined;
  const holder = list(ext, 'values').find((v) => v.$type === PAYLOAD_TYPES[kind]);
  const json = holder ? str(holder, 'json') : undefined;
  if (json === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !isEl(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
