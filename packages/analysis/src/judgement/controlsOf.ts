import {
  buildGraph,
  type Lang,
  type ProcessDocument,
  type ProcessGraph,
  type TaskStep,
} from '@flowsmith/model';
import { authorityOf } from './authorityOf';
import { controlEvidence } from './controlEvidence';
import { thresholdGate } from './thresholdGate';

/** Why a step is a control (docs/analysis.md, "Internal controls"). */
export type ControlReason =
  | 'marked'
  | 'threshold'
  | 'authority'
  | 'legal'
  | 'budget'
  | 'receiving'
  | 'matching'
  | 'reconciliation';

/** A step that is an internal control, why, and the evidence in words. */
export interface Control {
  step: string;
  reasons: ControlReason[];
  /** One sentence per language saying why, naming the condition or roles. */
  evidence: Record<Lang, string>;
  /** For a `threshold` control: the flow carrying the condition (e.g. `amount > 50000`). */
  gate?: string;
  /** For an `authority` control: the earlier approval of lower authority. */
  above?: string;
}

const LEGAL = /法务|合规|律师|legal|compliance|counsel/i;
const RECEIVING =
  /收货|验收|到货|入库|goods receipt|receiving|receiv\w* (?:\w+ ){0,2}(?:goods|deliver\w*|shipment|items)|\bGRN\b/i;
const MATCHING = /三单匹配|三单一致|三单核对|三方匹配|three-way match|3-way match/i;
const RECONCILIATION = /对账|调节表|余额核对|reconcil/i;
// A check against the approved budget (budgetary control), not drawing up a budget.
const BUDGET =
  /预算(?:确认|审核|核对|检查|控制|审批|复核)|(?:确认|审核|核对|检查|复核)(?:\S{0,4})预算|budget (?:check|approval|control|review|confirmation)|(?:check|confirm|verify)\w* (?:\w+ ){0,2}budget/i;

/**
 * The internal controls of a document by step id, in document order: tasks marked `control`;
 * approvals reached only under a threshold condition, or signed by a role of higher authority
 * than an earlier approver of the same case; legal or compliance reviews; checks against the
 * approved budget; receiving and
 * three-way matching; reconciliations. Each carries its reasons and a sentence of evidence.
 * Pure; `graph` is built when not given.
 */
export function controlsOf(
  doc: ProcessDocument,
  graph: ProcessGraph = buildGraph(doc),
): Map<string, Control> {
  const roles = new Map(doc.roles.map((r) => [r.id, r]));
  const tasks = graph.steps.filter(
    (s, i): s is TaskStep => s.type === 'task' && graph.indexOf(s.id) === i,
  );
  const above = higherAuthority(graph, tasks, (t) => authorityOf(roles.get(t.role ?? '')));
  const found = new Map<string, Control>();
  for (const t of tasks) {
    const reasons: ControlReason[] = [];
    const kind = t.kind ?? 'manual';
    const roleName = roles.get(t.role ?? '')?.name ?? '';
    if (t.control === true) reasons.push('marked');
    const gate = kind === 'approval' ? thresholdGate(graph, t.id) : undefined;
    if (gate) reasons.push('threshold');
    const lower = above.get(t.id);
    if (lower) reasons.push('authority');
    if ((kind === 'review' || kind === 'approval') && LEGAL.test(`${t.name} ${roleName}`))
      reasons.push('legal');
    if (RECEIVING.test(t.name)) reasons.push('receiving');
    if (MATCHING.test(`${t.name} ${t.instructions ?? ''}`)) reasons.push('matching');
    if (RECONCILIATION.test(t.name)) reasons.push('reconciliation');
    if (BUDGET.test(t.name)) reasons.push('budget');
    if (!reasons.length) continue;
    const name = (id: string | undefined) => {
      const s = id === undefined ? undefined : graph.step(id);
      return s?.name || id || '';
    };
    const roleOf = (id: string) => {
      const s = graph.step(id);
      const r = s?.type === 'task' ? roles.get(s.role ?? '') : undefined;
      return { name: r?.name ?? r?.id ?? '', level: authorityOf(r) };
    };
    const control: Control = {
      step: t.id,
      reasons,
      evidence: controlEvidence(reasons, {
        step: name(t.id),
        condition: gate ? (gate.label ?? gate.condition ?? '') : '',
        role: roleOf(t.id),
        earlier: lower ? { step: name(lower), ...roleOf(lower) } : undefined,
      }),
    };
    if (gate) control.gate = gate.id;
    if (lower) control.above = lower;
    found.set(t.id, control);
  }
  return found;
}

/**
 * For each approval, an earlier approval in the same case by a role of lower authority: one
 * forward walk per authority level (at most a handful), from every approval below that level,
 * remembering which approval each step was first reached from. O(levels × flows).
 */
function higherAuthority(
  graph: ProcessGraph,
  tasks: TaskStep[],
  level: (t: TaskStep) => number,
): Map<string, string> {
  const approvals = tasks.filter((t) => t.kind === 'approval' && t.role);
  const result = new Map<string, string>();
  const levels = [...new Set(approvals.map(level))].sort((a, b) => a - b);
  for (const l of levels.slice(1)) {
    const origin = new Map<string, string>();
    const queue: Array<[string, string]> = [];
    for (const a of approvals)
      if (level(a) < l) for (const next of graph.successors(a.id)) queue.push([next, a.id]);
    for (let k = 0; k < queue.length; k++) {
      const [id, from] = queue[k]!;
      if (origin.has(id)) continue;
      origin.set(id, from);
      for (const next of graph.successors(id)) if (!origin.has(next)) queue.push([next, from]);
    }
    for (const b of approvals) {
      const from = origin.get(b.id);
      if (level(b) === l && from !== undefined && from !== b.id) result.set(b.id, from);
    }
  }
  return result;
}
