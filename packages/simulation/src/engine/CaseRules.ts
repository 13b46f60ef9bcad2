import { conditionIsTrue, type ConditionValue } from '@flowsmith/model';
import { RandomStream } from '../random/RandomStream';
import { streamSeed } from '../random/streamSeed';
import { drawOf } from './CaseData';
import type { CompiledModel } from './CompiledModel';

type Change = (data: Record<string, ConditionValue>) => void;

/**
 * What steps do to case data and what case data does to priorities (SPEC.md SIM-DATA-2,
 * SIM-QUEUE-2): a task's `sets` applied when it finishes, in key order — a value, a fresh draw
 * (stream `sets:<stepId>:<name>`) or `{ add: n }` to a number (missing = 0); and a case's
 * priority, that of the first rule whose condition holds, else 0.
 */
export class CaseRules {
  private readonly changes: Array<Change[] | null>;

  constructor(
    private readonly model: CompiledModel,
    seed: number,
    replication: number,
  ) {
    this.changes = model.sets.map((sets, s) =>
      sets
        ? sets.map((c): Change => {
            const name = c.name;
            if (c.kind === 'value') return (d) => void (d[name] = c.value);
            if (c.kind === 'add')
              return (d) => {
                const old = d[name];
                d[name] = (typeof old === 'number' ? old : 0) + c.add;
              };
            const rng = new RandomStream(
              streamSeed(seed, replication, `sets:${model.stepIds[s]}:${name}`),
            );
            const draw = drawOf(c.spec, rng);
            return (d) => void (d[name] = draw());
          })
        : null,
    );
  }

  /** Applies step `s`'s changes to `data`; true when it has any. */
  apply(s: number, data: Record<string, ConditionValue>): boolean {
    const list = this.changes[s];
    if (!list) return false;
    for (const change of list) change(data);
    return true;
  }

  /**
   * The priority of a case with `data`: that of the first rule whose condition holds; a rule
   * reading a name the data does not (yet) have does not apply (checked first: cheap).
   */
  priority(data: Record<string, ConditionValue>): number {
    rules: for (const rule of this.model.priorities) {
      for (const name of rule.names) if (data[name] === undefined) continue rules;
      if (conditionIsTrue(rule.condition, data)) return rule.priority;
    }
    return 0;
  }
}
