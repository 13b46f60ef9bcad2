import type { ProcessDocument } from '@flowsmith/model';
import { caseDataFields } from './caseDataFields';
import { caseDataType, eventTargets } from './emitCaseTypes';
import { emitMachineConfig, type CompileOptions } from './emitMachineConfig';
import { emittedPrelude } from './emittedPrelude';
import type { MachineJson } from './machineConfig';
import { invokedTasks } from './machineFromConfig';
import { stringLiteral, tsLiteral, type LiteralValue } from './tsLiteral';

/**
 * The source of a typed TypeScript module (SPEC.md CM-TS, CM-TS-TYPES) that imports only `xstate`
 * and the small runtime `@flowsmith/compiler/runtime`, and exports the compiled machine as
 * `machine` (named and default), `processInfo`, `systemTasks` and the types of this process's
 * events (a COMPLETE names one of its tasks, a CHOOSE one of its decisions' flows), case data and
 * context. Pure. Conditions are syntax trees (data) the runtime reads; every string from the
 * document is an escaped literal (CM-TS-SAFE), and no comment contains document text.
 * Subprocesses are compiled into the same module. System tasks are invoked actors whose default
 * work `machine.provide({ actors })` replaces (CM-TASK). Throws a CompileError as
 * `emitMachineConfig` does.
 */
export function emitTypeScript(document: ProcessDocument, options: CompileOptions = {}): string {
  const config = emitMachineConfig(document, options);
  const { children = {}, processMeta, ...root } = config;
  const { tasks, decisions, inclusive } = eventTargets(config);
  const systemTasks = [...invokedTasks(root as MachineJson).values()];
  const hasChildren = Object.keys(children).length > 0;
  const out: string[] = [
    emittedPrelude({
      caseData: caseDataType(caseDataFields(document, options.resolveProcess)),
      tasks,
      decisions,
      inclusive,
      systemTasks,
      hasChildren,
    }),
  ];
  let decisionNo = 0;
  const refs = new Map<object, string>();
  for (const [name, child] of Object.entries(children)) {
    out.push(
      ...machineSource(
        child,
        `processActors[${stringLiteral(name)}] =`,
        'processActors',
        refs,
        () => ++decisionNo,
      ),
    );
  }
  const actors =
    hasChildren && systemTasks.length > 0
      ? '{ ...processActors, ...systemTasks }'
      : hasChildren
        ? 'processActors'
        : 'systemTasks';
  out.push(
    ...machineSource(
      root as MachineJson,
      'export const machine =',
      actors,
      refs,
      () => ++decisionNo,
    ),
  );
  out.push('export default machine;', '');
  out.push(`/** The process this machine was compiled from. */`);
  out.push(
    `export const processInfo = ${tsLiteral(processMeta as unknown as LiteralValue)} as const;`,
    '',
  );
  return out.join('\n');
}

/** The source lines of one machine: its decision tables, then `head processSetup(actors).createMachine({...});`. */
function machineSource(
  config: MachineJson,
  head: string,
  actors: string,
  refs: Map<object, string>,
  nextDecision: () => number,
): string[] {
  const { children: _c, processMeta: _p, ...states } = config;
  const lines: string[] = [];
  // Each decision's flow rules are one shared array in the config: write it once, as a named table.
  for (const rules of collectRules(states)) {
    if (refs.has(rules)) continue;
    const name = `decision${nextDecision()}`;
    refs.set(rules, name);
    lines.push(
      `const ${name}: readonly FlowRule[] = ${tsLiteral(rules as unknown as LiteralValue)};`,
      '',
    );
  }
  const body = tsLiteral(states as unknown as LiteralValue, {
    refs,
    extra: (obj) => {
      if (obj === states) return ['context: initialContext', 'output: caseOutput'];
      if ('src' in obj && 'onDone' in obj) return ['input: caseInput'];
      return [];
    },
  });
  lines.push(`${head} processSetup(${actors}).createMachine(${body});`, '');
  return lines;
}

function collectRules(value: unknown, found: object[] = []): object[] {
  if (typeof value !== 'object' || value === null) return found;
  if (Array.isArray(value)) {
    for (const v of value) collectRules(v, found);
    return found;
  }
  const obj = value as Record<string, unknown>;
  const shared = [
    'onlyFlow',
    'canChoose',
    'takesFlows',
    'canChooseFlows',
    'takeFlows',
    'chooseFlows',
  ];
  if (typeof obj.type === 'string' && shared.includes(obj.type) && typeof obj.params === 'object') {
    const flows = (obj.params as { flows: object }).flows;
    if (!found.includes(flows)) found.push(flows);
  }
  for (const v of Object.values(obj)) collectRules(v, found);
  return found;
}
