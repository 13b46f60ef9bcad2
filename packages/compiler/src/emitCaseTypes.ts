import type { CaseDataField } from './caseDataFields';
import type { MachineJson, StateJson } from './machineConfig';
import { propertyKey, stringLiteral } from './tsLiteral';

/** Type-tree of the case data: a leaf type and/or named children (from dotted names). */
interface TypeNode {
  leaf?: string;
  children: Map<string, TypeNode>;
}

/**
 * The TypeScript type of a case's data (SPEC.md CM-TS-TYPES), as source: an object type whose
 * keys are the data's names, all optional. A name conditions read is the union of the types they
 * compare it with and the types of the values tasks set it to or the attributes give it (any of
 * number, string and boolean when nothing gives a hint); a declared data object nothing reads or
 * sets is `unknown`. A dotted name is both a key of its own and a path of
 * nested objects (CL-9 reads either). Pure.
 */
export function caseDataType(fields: readonly CaseDataField[], indent = '  '): string {
  const root: TypeNode = { children: new Map() };
  for (const f of fields) {
    const leaf =
      f.readBy.length === 0 && f.types.length === 0
        ? 'unknown'
        : (f.types.length > 0 ? f.types : ['number', 'string', 'boolean']).join(' | ');
    setLeaf(child(root, f.name), leaf);
    if (f.path.length > 1) {
      let node = root;
      for (const segment of f.path) node = child(node, segment);
      setLeaf(node, leaf);
    }
  }
  return objectType(root, indent, 1);
}

function child(node: TypeNode, key: string): TypeNode {
  let c = node.children.get(key);
  if (c === undefined) {
    c = { children: new Map() };
    node.children.set(key, c);
  }
  return c;
}

function setLeaf(node: TypeNode, leaf: string): void {
  if (node.leaf === undefined || node.leaf === 'unknown') node.leaf = leaf;
  else if (leaf !== 'unknown' && node.leaf !== leaf) {
    node.leaf = [...new Set([...node.leaf.split(' | '), ...leaf.split(' | ')])].join(' | ');
  }
}

function objectType(node: TypeNode, indent: string, depth: number): string {
  if (node.children.size === 0) return '{}';
  const pad = indent.repeat(depth);
  const lines = [...node.children].map(([key, c]) => {
    const parts: string[] = [];
    if (c.children.size > 0) parts.push(objectType(c, indent, depth + 1));
    if (c.leaf !== undefined && (c.children.size === 0 || c.leaf !== 'unknown')) parts.push(c.leaf);
    return `${pad}${propertyKey(key)}?: ${parts.join(' | ')};`;
  });
  return `{\n${lines.join('\n')}\n${indent.repeat(depth - 1)}}`;
}

/**
 * The ids of the tasks, the decisions (with their flows) and the inclusive splits people choose
 * at (with their flows) of a machine and its children.
 */
export function eventTargets(config: MachineJson): {
  tasks: string[];
  decisions: Map<string, string[]>;
  inclusive: Map<string, string[]>;
} {
  const tasks: string[] = [];
  const decisions = new Map<string, string[]>();
  const inclusive = new Map<string, string[]>();
  const visit = (state: StateJson) => {
    const meta = state.meta;
    if (meta !== undefined && 'stepId' in meta) {
      if (meta.type === 'task' && !tasks.includes(meta.stepId)) tasks.push(meta.stepId);
      const choose = state.on?.CHOOSE;
      if (meta.type === 'xor' && choose !== undefined) {
        decisions.set(
          meta.stepId,
          choose.flatMap((t) => (t.guard?.type === 'canChoose' ? [t.guard.params.flowId] : [])),
        );
      }
      if (meta.type === 'or' && choose !== undefined) {
        inclusive.set(
          meta.stepId,
          choose.flatMap((t) =>
            t.guard?.type === 'canChooseFlows' ? t.guard.params.flows.map((f) => f.flowId) : [],
          ),
        );
      }
    }
    for (const s of Object.values(state.states ?? {})) visit(s);
  };
  for (const c of Object.values(config.children ?? {})) visit(c);
  visit(config);
  return { tasks, decisions, inclusive };
}

/** A union of string literals, or `never` for none. Pure. */
export const literalUnion = (values: readonly string[]): string =>
  values.length === 0 ? 'never' : values.map(stringLiteral).join(' | ');
