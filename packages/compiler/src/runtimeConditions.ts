/**
 * The condition interpreter of `@flowsmith/compiler/runtime` (SPEC.md CM-TS): conditions as syntax
 * trees, read with the meaning of the model's CL-7 … CL-9, and the flows a decision admits (CM-XOR,
 * CM-XOR-DATA). Imports nothing; `runtime.ts` re-exports it.
 */

/** A flow condition as data: the parsed condition language (@flowsmith/model SPEC.md CL). */
export type ConditionAst =
  | { type: 'literal'; value: number | string | boolean }
  | { type: 'name'; name: string; path: readonly string[] }
  | { type: 'not'; operand: ConditionAst }
  | { type: 'and' | 'or'; operands: readonly ConditionAst[] }
  | {
      type: 'compare';
      op: '==' | '!=' | '<' | '<=' | '>' | '>=';
      left: ConditionAst;
      right: ConditionAst;
    };

/** An outgoing flow of a decision, as its guards read it. */
export interface FlowRule {
  flowId: string;
  condition?: ConditionAst;
  default?: true;
  /** At an or-split: the flow's probability, which picks the flow when nothing else applies. */
  probability?: number;
}

// The interpreter walks the tree; it never builds or runs code. A missing name, values of
// different types or a non-boolean make the condition not hold (CL-7, CL-8); own properties only (CL-9).
class ConditionFailure extends Error {}
/** A name the condition needs is absent, undefined or null: the decision waits (CM-XOR-DATA). */
class MissingName extends ConditionFailure {}
type Value = number | string | boolean;

function lookup(node: { name: string; path: readonly string[] }, data: object): Value {
  let v: unknown;
  if (Object.hasOwn(data, node.name)) v = (data as Record<string, unknown>)[node.name];
  else if (node.path.length > 1) {
    let cur: unknown = data;
    for (const segment of node.path) {
      if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, segment)) {
        cur = undefined;
        break;
      }
      cur = (cur as Record<string, unknown>)[segment];
    }
    v = cur;
  }
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v === undefined || v === null) throw new MissingName();
  throw new ConditionFailure();
}

function truth(node: ConditionAst, data: object): boolean {
  const v = value(node, data);
  if (typeof v !== 'boolean') throw new ConditionFailure();
  return v;
}

function value(node: ConditionAst, data: object): Value {
  switch (node.type) {
    case 'literal':
      return node.value;
    case 'name':
      return lookup(node, data);
    case 'not':
      return !truth(node.operand, data);
    case 'and':
      return node.operands.every((o) => truth(o, data));
    case 'or':
      return node.operands.some((o) => truth(o, data));
    case 'compare': {
      const l = value(node.left, data);
      const r = value(node.right, data);
      if (typeof l !== typeof r) throw new ConditionFailure();
      if (node.op === '==') return l === r;
      if (node.op === '!=') return l !== r;
      if (typeof l === 'boolean') throw new ConditionFailure();
      if (node.op === '<') return l < r;
      if (node.op === '<=') return l <= r;
      if (node.op === '>') return l > r;
      return l >= r;
    }
  }
}

/** How a condition comes out on `data`: holds, does not hold, or stops at a missing name. Pure. */
export function verdict(condition: ConditionAst, data: object): 'true' | 'false' | 'missing' {
  try {
    return truth(condition, data) ? 'true' : 'false';
  } catch (e) {
    if (e instanceof MissingName) return 'missing';
    if (e instanceof ConditionFailure) return 'false';
    throw e;
  }
}

/**
 * The flows a case may take at a decision (SPEC.md CM-XOR, CM-XOR-DATA): one flow always; none
 * while a non-default condition lacks data; else those whose condition holds or that have none;
 * else the default flows. Pure.
 */
export function admissibleFlows(flows: readonly FlowRule[], data: object): string[] {
  if (flows.length === 1) return [flows[0]!.flowId];
  const open: string[] = [];
  for (const f of flows) {
    if (f.default) continue;
    const v = f.condition === undefined ? 'true' : verdict(f.condition, data);
    if (v === 'missing') return [];
    if (v === 'true') open.push(f.flowId);
  }
  return open.length > 0 ? open : flows.filter((f) => f.default).map((f) => f.flowId);
}
