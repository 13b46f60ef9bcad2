import { parseCondition, tryEvaluateCondition, type Flow, type Lang } from '@flowsmith/model';
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

/**
 * The case data names a decision is missing (SPEC.md CM-XOR-DATA): for each non-default flow whose
 * condition cannot be evaluated because a name it needs is absent (`missing-name`, CL-8), every
 * name that condition reads and the case lacks, in order of first appearance. Empty when the
 * decision has one flow, or when every condition can be decided. Conditions are syntax trees or
 * sources (a source that does not parse reads nothing). Pure.
 */
export function missingDataNames(
  flows: ReadonlyArray<{ condition?: ConditionAst | string; default?: boolean }>,
  data: CaseData,
): string[] {
  if (flows.length <= 1) return [];
  const out: string[] = [];
  for (const f of flows) {
    if (f.default || f.condition === undefined) continue;
    const r = tryEvaluateCondition(f.condition, data);
    if (r.ok || r.error.code !== 'missing-name') continue;
    const ast =
      typeof f.condition === 'string'
        ? parseCondition(f.condition)
        : { ok: true as const, ast: f.condition };
    if (!ast.ok) continue;
    for (const node of nameNodes(ast.ast)) {
      const v = tryEvaluateCondition(node, data);
      if (!v.ok && v.error.code === 'missing-name' && !out.includes(node.name)) out.push(node.name);
    }
  }
  return out;
}

type NameNode = Extract<ConditionAst, { type: 'name' }>;

function nameNodes(node: ConditionAst): NameNode[] {
  switch (node.type) {
    case 'name':
      return [node];
    case 'literal':
      return [];
    case 'not':
      return nameNodes(node.operand);
    case 'and':
    case 'or':
      return node.operands.flatMap(nameNodes);
    case 'compare':
      return [...nameNodes(node.left), ...nameNodes(node.right)];
  }
}
