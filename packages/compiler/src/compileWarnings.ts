import {
  buildGraph,
  canReachAny,
  formatMessage,
  type Lang,
  type MessageTable,
  type ProcessDocument,
  type ProcessGraph,
} from '@flowsmith/model';

/** Something the compiler accepts but people should look at before running cases (SPEC.md CM-WARN). */
export interface CompileWarning {
  code: 'default-skips-control';
  /** The decision, its default flow, then the control it skips. */
  ids: [decisionId: string, flowId: string, stepId: string];
  message: string;
}

type WarningParams = {
  'default-skips-control': {
    decision: string;
    flow: string;
    step: string;
    why: 'control' | 'approval';
  };
};

/** The compiler's warnings, in English and zh-CN. */
export const compileWarningMessages: MessageTable<WarningParams> = {
  'default-skips-control': {
    en: (p) =>
      `the default flow ${p.flow} of decision "${p.decision}" skips "${p.step}" ` +
      (p.why === 'control' ? '(a control)' : '(an approval reached only under a condition)') +
      '; a case without the data the decision reads waits for it instead of taking the default, ' +
      'but check that the default really may go without it',
    'zh-CN': (p) =>
      `判断“${p.decision}”的默认分支 ${p.flow} 跳过了“${p.step}”` +
      (p.why === 'control' ? '（一项控制）' : '（只在满足条件时才经过的审批）') +
      '；缺少判断所需数据的案例会等待数据而不会走默认分支，但请确认默认分支确实可以不经过它',
  },
};

/**
 * The warnings of compiling `doc` (SPEC.md CM-WARN), in document order of the decisions: for each
 * xor or or-split with a default flow, each control the default skips — a step marked `control: true`, or an
 * approval task — that some other flow of the decision leads to, that the default flow cannot
 * reach without coming back through the decision, and that does not itself lead back to the
 * decision (a step of a rework loop was passed before it). Pure.
 */
export function compileWarnings(doc: ProcessDocument, lang: Lang = 'en'): CompileWarning[] {
  const graph = buildGraph(doc);
  const out: CompileWarning[] = [];
  for (const xor of graph.steps) {
    // An or-split takes its default only when no other flow applies: the same question (CM-OR).
    if (xor.type !== 'xor' && xor.type !== 'or') continue;
    const outgoing = graph.outgoing(xor.id);
    if (outgoing.length < 2) continue;
    // A step that leads back to the decision was passed before it (a rework loop): not skipped.
    const before = canReachAny(graph, [xor.id]);
    for (const flow of outgoing.filter((f) => f.default)) {
      const onDefault = reachAvoiding(graph, flow.to, xor.id);
      const others = outgoing.filter((f) => f !== flow && !f.default);
      const elsewhere = new Set(others.flatMap((f) => [...reachAvoiding(graph, f.to, xor.id)]));
      for (const step of graph.steps) {
        if (!elsewhere.has(step.id) || onDefault.has(step.id) || before.has(step.id)) continue;
        if (step.type !== 'task') continue;
        const why =
          step.control === true ? 'control' : step.kind === 'approval' ? 'approval' : null;
        if (why === null) continue;
        const params = { decision: xor.name, flow: flow.id, step: step.name, why } as const;
        out.push({
          code: 'default-skips-control',
          ids: [xor.id, flow.id, step.id],
          message: formatMessage(compileWarningMessages, 'default-skips-control', params, lang),
        });
      }
    }
  }
  return out;
}

/** The steps reachable from `from` (included) without passing through `avoid`. */
function reachAvoiding(graph: ProcessGraph, from: string, avoid: string): Set<string> {
  const seen = new Set<string>();
  const stack = from === avoid ? [] : [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of graph.successors(id))
      if (next !== avoid && !seen.has(next)) stack.push(next);
  }
  return seen;
}
