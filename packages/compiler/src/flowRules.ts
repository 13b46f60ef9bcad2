import { parseCondition, type Flow, type Lang } from '@flowsmith/model';
import type { RawProblem } from './CompileError';
import type { CaseData } from './processEvents';
import type { FlowRule } from './machineConfig';
import type { ConditionAst } from '@flowsmith/model';

/**
 * The rules of an xor's outgoing flows, conditions parsed once (SPEC.md CM-XOR). Pure.
 * A condition that does not parse is a problem pushed onto `problems` (the flow is then never
 * admissible, as in the token game).
 */
export function flowRules(flows: readonly Flow[], problems: RawProblem[], lang?: Lang): FlowRule[] {
  return flows.map((f) => {
    const rule: FlowRule = { flowId: f.id };
    if (f.default) rule.default = true;
    if (f.condition !== undefined) {
      const parsed = parseCondition(f.condition, { lang });
      if (parsed.ok) rule.condition = parsed.ast;
      else
        problems.push({
          code: 'bad-condition',
          ids: [f.id],
          params: { flowId: f.id, condition: f.condition, error: parsed.error.message },
        });
    }
    return rule;
  });
}

/**
 * The flows a case may take at an xor with data `data` — the model's TG-6 with data, on rules
 * instead of a document. Pure. One flow: always. Otherwise the non-default flows without a
 * condition or whose condition holds (`holds` says; an evaluation error is "does not hold");
 * if there are none, the default flows.
 */
export function admissibleFlowIds(
  rules: readonly FlowRule[],
  data: CaseData,
  holds: (condition: ConditionAst, data: CaseData) => boolean,
): string[] {
  if (rules.length === 1) return [rules[0]!.flowId];
  const open: string[] = [];
  for (const r of rules) {
    if (r.default) continue;
    if (r.condition === undefined || holds(r.condition, data)) open.push(r.flowId);
  }
  return open.length > 0 ? open : rules.filter((r) => r.default).map((r) => r.flowId);
}

/**
 * Whether some case data could make `flowId` the only admissible flow, judged from the rules
 * alone (so the compiler can leave out automatic transitions that can never fire). Pure.
 */
export function couldBeOnlyFlow(rules: readonly FlowRule[], flowId: string): boolean {
  if (rules.length === 1) return true;
  const unconditioned = rules.filter((r) => !r.default && r.condition === undefined);
  const rule = rules.find((r) => r.flowId === flowId);
  if (rule === undefined) return false;
  if (rule.default)
    return unconditioned.length === 0 && rules.filter((r) => r.default).length === 1;
  if (rule.condition === undefined) return unconditioned.length === 1;
  return unconditioned.length === 0;
}
