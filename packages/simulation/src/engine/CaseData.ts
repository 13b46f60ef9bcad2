import type { ConditionValue } from '@flowsmith/model';
import { RandomStream } from '../random/RandomStream';
import { Sampler } from '../random/Sampler';
import { streamSeed } from '../random/streamSeed';
import type { AttributeSpec } from '../scenario/Scenario';

type Draw = () => ConditionValue;

/**
 * Draws the data of each new case from the scenario's attribute specs, each attribute from its
 * own random stream (`attribute:<name>`), so adding an attribute leaves the others unchanged.
 */
export class CaseData {
  private readonly draws: Array<[string, Draw]>;

  constructor(attributes: Record<string, AttributeSpec>, seed: number, replication: number) {
    this.draws = Object.entries(attributes).map(([name, spec]) => {
      const rng = new RandomStream(streamSeed(seed, replication, `attribute:${name}`));
      return [name, drawOf(spec, rng)];
    });
  }

  /** Whether the scenario defines any attribute. */
  get empty(): boolean {
    return this.draws.length === 0;
  }

  /** The data of the next case (a fresh object with no prototype: names such as `__proto__` are plain keys). */
  next(): Record<string, ConditionValue> {
    const data = Object.create(null) as Record<string, ConditionValue>;
    for (const [name, draw] of this.draws) data[name] = draw();
    return data;
  }
}

/** A draw of one case value spec from `rng`: fixed, a choice by weight, or a distribution (raw). */
export function drawOf(spec: AttributeSpec, rng: RandomStream): Draw {
  if (typeof spec !== 'object') return () => spec;
  if ('choice' in spec) {
    const entries = Object.entries(spec.choice);
    const total = entries.reduce((a, [, w]) => a + w, 0);
    const cumulative: number[] = [];
    let acc = 0;
    for (const [, w] of entries) cumulative.push((acc += w / total));
    return () => {
      const u = rng.next();
      for (let i = 0; i < entries.length - 1; i++) if (u < cumulative[i]!) return entries[i]![0];
      return entries[entries.length - 1]![0];
    };
  }
  const sampler = new Sampler(spec, rng, 1, true);
  return () => sampler.sample();
}
