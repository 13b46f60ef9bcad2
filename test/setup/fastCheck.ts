/**
 * Property tests run from a fixed seed, so every run (and CI) sees the same inputs and a failure
 * reproduces (DESIGN.md rule 9). Set FC_SEED to explore other seeds:
 * `FC_SEED=$RANDOM pnpm test:unit`; a failure prints its seed and counterexample — add the
 * counterexample to the test's `examples` so it stays covered.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED === undefined ? 20261122 : Number(process.env.FC_SEED);
fc.configureGlobal({ seed });
