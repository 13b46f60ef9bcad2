import type { Flow } from '@flowsmith/model';

/**
 * The text of a flow's label chip on the canvas — its label and probability joined by " · " — or
 * null when the flow shows no chip (no label, probability, condition or default mark). Pure.
 */
export function flowChipText(flow: Flow): string | null {
  const parts: string[] = [];
  if (flow.label) parts.push(flow.label);
  if (flow.probability !== undefined) parts.push(`${Math.round(flow.probability * 1000) / 10}%`);
  const text = `${flow.default ? '/ ' : ''}${parts.join(' · ')}${flow.condition ? ' ƒ' : ''}`;
  return text === '' ? null : text;
}
