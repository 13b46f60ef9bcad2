import {
  topologicalOrder,
  type Lang,
  type ProcessDocument,
  type Step,
  type TaskStep,
} from '@flowsmith/model';
import { computeFigures, type Figures } from './flow/computeMetrics';
import { dominators, postDominators } from './flow/postDominators';
import { reachIndex } from './flow/reachIndex';
import { IdPool } from './suggestions/IdPool';
import { analysisMessage, type AnalysisMessageCode, type AnalysisMessageParams } from './messages';
import type { Evidence, Finding, FindingKind, Severity } from './types';

/** What a rule reads: the document, its figures and a few shared, lazily built indexes. */
export class RuleContext {
  readonly figures: Figures;
  private idom?: Int32Array;
  private ipdom?: Int32Array;
  private position?: Int32Array;
  private idPool?: IdPool;
  private reachFn?: (a: number, b: number) => boolean;

  constructor(
    readonly doc: ProcessDocument,
    readonly lang: Lang = 'en',
    figures?: Figures,
  ) {
    this.figures = figures ?? computeFigures(doc);
  }

  get graph() {
    return this.figures.graph;
  }
  get model() {
    return this.figures.model;
  }
  get metrics() {
    return this.figures.metrics;
  }

  /** Fresh ids for the commands of suggestions, unique across this analysis. */
  get ids(): IdPool {
    return (this.idPool ??= new IdPool(this.doc));
  }

  /** The steps by index, skipping later copies of a duplicate id (the graph keeps the first). */
  steps(): Array<[number, Step]> {
    const g = this.graph;
    return g.steps
      .map((s, i) => [i, s] as [number, Step])
      .filter(([i, s]) => g.indexOf(s.id) === i);
  }

  /** The tasks by index. */
  tasks(): Array<[number, TaskStep]> {
    return this.steps().filter((e): e is [number, TaskStep] => e[1].type === 'task');
  }

  /** A step's or role's name as the user wrote it (its id when it has none). */
  name(id: string): string {
    const step = this.graph.step(id);
    if (step) return step.name || id;
    const role = this.doc.roles.find((r) => r.id === id);
    return role?.name || id;
  }

  /** The immediate dominator of every step (see flow/postDominators). */
  dominators(): Int32Array {
    return (this.idom ??= dominators(this.graph));
  }

  /** The immediate post-dominator of every step. */
  postDominators(): Int32Array {
    return (this.ipdom ??= postDominators(this.graph));
  }

  /** Whether step `a` comes before step `b` in flow order: `a` reaches `b`, and `b` reaches `a` only round a loop closing after `a`. */
  precedes(a: number, b: number): boolean {
    if (!this.reaches(a, b)) return false;
    if (!this.reaches(b, a)) return true;
    if (!this.position) {
      const pos = new Int32Array(this.graph.steps.length);
      topologicalOrder(this.graph).order.forEach((id, k) => (pos[this.graph.indexOf(id)] = k));
      this.position = pos;
    }
    return this.position[a]! < this.position[b]!;
  }

  /** Whether a case at step `a` can later be at step `b` (a path of one or more flows). */
  reaches(a: number, b: number): boolean {
    return (this.reachFn ??= reachIndex(this.graph, this.figures.blocks))(a, b);
  }

  /** Builds a finding with a stable id `<kind>:<ids>` and its message in this context's language. */
  finding<C extends AnalysisMessageCode>(
    kind: FindingKind,
    severity: Severity,
    code: C,
    params: AnalysisMessageParams[C],
    about: { steps?: string[]; roles?: string[]; evidence?: Evidence; key?: string },
  ): Finding {
    const steps = about.steps ?? [];
    const roles = about.roles ?? [];
    const key = about.key ?? [...steps, ...roles].join(',');
    return {
      id: key ? `${kind}:${key}` : kind,
      kind,
      severity,
      steps,
      roles,
      message: analysisMessage(code, params, this.lang),
      evidence: about.evidence ?? {},
      impact: { leadTimeMinutes: 0, costPerCase: 0, roleHoursPerWeek: 0 },
      suggestions: [],
    };
  }
}

/** A structural or lean check, one per file in rules/ with its doc in docs/rules/<id>.md. */
export interface Rule {
  /** The rule's id, also its file name. */
  id: string;
  /** The finding kinds it reports. */
  kinds: FindingKind[];
  check(ctx: RuleContext): Finding[];
}
