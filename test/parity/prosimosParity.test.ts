import { describe, expect, it } from 'vitest';
import { PARITY_CASES, agrees, parityDocument, parityRows, runParity } from './parityCases';

/**
 * Parity with Prosimos (../shared/simulation-parity/README.md) at CI size: 10 replications ×
 * 10,000 cases after 1,000 warm-up cases each, half of Prosimos's runs. A figure agrees when it is
 * within 3 % of Prosimos's or inside Prosimos's 95 % interval, widened by our own 95 % half-width
 * (our shorter runs are noisier). The full 10 × 20,000 + 2,000 comparison is `pnpm bench parity`
 * (docs/benchmarks.md).
 */
const RUN = { replications: 10, cases: 10_000, warmup: 1_000, seed: 1 };

describe('simulation parity with Prosimos', () => {
  for (const c of PARITY_CASES) {
    it(`${c.id} ${c.name}: every figure agrees`, async () => {
      const summary = runParity(await parityDocument(c), RUN);
      for (const row of parityRows(c, summary)) {
        const said = `${c.id} ${row.figure.label}: ours ${row.ours.toPrecision(4)} ± ${row.ourHalfWidth.toPrecision(2)}, Prosimos ${row.figure.prosimos}`;
        expect(agrees(row, true), said).toBe(true);
      }
    });
  }
});
