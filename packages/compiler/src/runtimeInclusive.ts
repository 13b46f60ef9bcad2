/**
 * The inclusive (OR) gateway's rules in `@flowsmith/compiler/runtime` (SPEC.md CM-OR): which flows
 * a split takes by itself from the case data, and which sets of flows people may choose when its
 * flows have no conditions. Imports only the runtime's condition interpreter; `runtime.ts`
 * re-exports it.
 */
import { verdict, type FlowRule } from './runtimeConditions.js';

/** Whether an inclusive split decides by itself: one of its flows has a condition. Pure. */
export function decidesByData(flows: readonly FlowRule[]): boolean {
  return flows.some((f) => f.condition !== undefined);
}

/**
 * The flows an inclusive split takes by itself (SPEC.md CM-OR, the model's TG-17), in the
 * gateway's order. One flow: that one. When a flow has a condition: nothing while a non-default
 * flow's condition stops at a missing name (the split waits for the data, as CM-XOR-DATA); else
 * every non-default flow whose condition holds or that has none; if there is none, the default
 * flows; with no default either, the flow with the highest `probability` (the first on ties).
 * When no flow has a condition: nothing — people choose (`CHOOSE` with `flowIds`,
 * {@link isInclusiveChoice}). Pure.
 */
export function inclusiveFlows(flows: readonly FlowRule[], data: object): string[] {
  if (flows.length === 1) return [flows[0]!.flowId];
  if (!decidesByData(flows)) return [];
  const taken: string[] = [];
  for (const f of flows) {
    if (f.default) continue;
    const v = f.condition === undefined ? 'true' : verdict(f.condition, data);
    if (v === 'missing') return [];
    if (v === 'true') taken.push(f.flowId);
  }
  if (taken.length > 0) return taken;
  const defaults = flows.filter((f) => f.default).map((f) => f.flowId);
  if (defaults.length > 0) return defaults;
  const best = flows.reduce((a, b) => ((b.probability ?? 0) > (a.probability ?? 0) ? b : a));
  return [best.flowId];
}

/**
 * Whether people may take the flows `flowIds` at an inclusive split whose flows have no
 * conditions (SPEC.md CM-OR): one or more flows that are not the default, each named once, or
 * the default flow alone. A split that decides by data takes no choice. Pure.
 */
export function isInclusiveChoice(flows: readonly FlowRule[], flowIds: unknown): boolean {
  if (!Array.isArray(flowIds) || flowIds.length === 0 || decidesByData(flows)) return false;
  if (new Set(flowIds).size !== flowIds.length) return false;
  const rules = flowIds.map((id) => flows.find((f) => f.flowId === id));
  if (rules.some((r) => r === undefined)) return false;
  return rules.length === 1 || rules.every((r) => !r!.default);
}

/** `flowIds` in the order of the gateway's flows (the order the audit trail writes them). Pure. */
export function inGatewayOrder(flows: readonly FlowRule[], flowIds: readonly string[]): string[] {
  return flows.map((f) => f.flowId).filter((id) => flowIds.includes(id));
}
