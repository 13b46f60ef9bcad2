/**
 * Parity benchmark: the three Prosimos models of ../shared/simulation-parity (four runs, its
 * README) imported with `applyProsimos` and simulated exactly as Prosimos was run — 10
 * replications × 20,000 cases after 2,000 warm-up cases each — then ours beside Prosimos's with
 * the relative error and whether ours falls inside Prosimos's 95 % interval. Prints Markdown;
 * docs/benchmarks.md records the table.
 *
 *   pnpm bench parity        (or: node --conditions=@flowsmith/source --import tsx scripts/bench/parity.bench.ts)
 *   PARITY_CASES=100000 pnpm bench parity     (our side with 5× the cases)
 */
import {
  PARITY_CASES,
  agrees,
  parityDocument,
  parityRows,
  runParity,
} from '../../test/parity/parityCases';

/**
 * Prosimos's own set-up by default; `PARITY_CASES=100000` narrows our own interval, so that what
 * is left of a difference is Prosimos's noise (its figures come from 10 × 20,000 cases).
 */
const RUN = {
  replications: 10,
  cases: Number(process.env.PARITY_CASES ?? 20_000),
  warmup: 2_000,
  seed: Number(process.env.PARITY_SEED ?? 1),
};
/** A half-width to two significant figures. */
const hw = (n: number) => (n >= 10 ? n.toFixed(0) : n.toPrecision(2));
const fmt = (n: number) =>
  Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toFixed(4);

console.log(
  `${RUN.replications} replications × ${RUN.cases.toLocaleString('en')} cases after ${RUN.warmup.toLocaleString('en')} warm-up cases each, seed ${RUN.seed}.\n`,
);
console.log(
  "| model | figure | Prosimos | Flowsmith | relative error | inside Prosimos's interval | agrees (3 % or interval) | difference ÷ both half-widths | time |",
);
console.log('|---|---|---|---|---|---|---|---|---|');
let failed = 0;
for (const c of PARITY_CASES) {
  const doc = await parityDocument(c);
  const t0 = performance.now();
  const summary = runParity(doc, RUN);
  const seconds = (performance.now() - t0) / 1000;
  parityRows(c, summary).forEach((row, i) => {
    const theirs =
      row.figure.halfWidth === undefined
        ? fmt(row.figure.prosimos)
        : `${fmt(row.figure.prosimos)} ± ${hw(row.figure.halfWidth)}`;
    const ok = agrees(row, false);
    if (!ok) failed++;
    // The two runs' noise together: |difference| ÷ √(h₁² + h₂²); under 1, the runs do not differ.
    const z =
      row.figure.halfWidth === undefined
        ? '–'
        : (
            Math.abs(row.ours - row.figure.prosimos) /
            Math.hypot(row.figure.halfWidth, row.ourHalfWidth)
          ).toFixed(2);
    console.log(
      `| ${i === 0 ? `${c.id} ${c.name}` : ''} | ${row.figure.label} | ${theirs} | ${fmt(row.ours)} ± ${hw(row.ourHalfWidth)} | ${(row.relativeError * 100).toFixed(1)} % | ${row.figure.halfWidth === undefined ? '–' : row.inside ? 'yes' : 'no'} | ${ok ? 'yes' : '**no**'} | ${z} | ${i === 0 ? `${seconds.toFixed(1)} s` : ''} |`,
    );
  });
}
console.log(failed === 0 ? '\nEvery figure agrees.' : `\n${failed} figure(s) disagree.`);
