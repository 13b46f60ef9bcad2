/**
 * Above this offered load (Erlangs) Erlang's C comes from the Halfin–Whitt approximation instead
 * of the Erlang B recursion, so that the cost never grows with the number of servers.
 */
export const HALFIN_WHITT_LOAD = 10_000;

/**
 * Whether `servers` lie so far above the offered load `load` — at least 10 standard deviations
 * (√A) plus 40 — that the probability of waiting is below 1e-16, i.e. 0 to double precision
 * next to the service time. Pure.
 */
export function waitIsNegligible(servers: number, load: number): boolean {
  return servers >= load + 10 * Math.sqrt(load) + 40;
}

/**
 * Erlang's C formula: the probability that an arriving customer must wait in an M/M/c queue
 * with `servers` servers and offered load `load` = λ/μ (in Erlangs). Pure.
 *
 * Returns 1 when load ≥ servers (every customer waits; the queue has no steady state), 0 for no
 * load, and 0 when {@link waitIsNegligible}. Otherwise computed through the Erlang B recursion
 * B(k) = A·B(k−1) / (k + A·B(k−1)), which stays stable where factorials overflow; that takes at
 * most A + 10√A + 40 steps, so above {@link HALFIN_WHITT_LOAD} Erlangs the Halfin–Whitt
 * approximation C ≈ 1 / (1 + β·Φ(β)/φ(β)), β = (c − A)/√A, is used (relative error of a few
 * per cent there, shrinking as 1/√A). The cost is bounded whatever `servers` is.
 */
export function erlangC(servers: number, load: number): number {
  if (load <= 0) return 0;
  if (load >= servers) return 1;
  if (waitIsNegligible(servers, load)) return 0;
  if (load > HALFIN_WHITT_LOAD) return halfinWhitt(servers, load);
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (load * b) / (k + load * b);
  const rho = load / servers;
  return b / (1 - rho * (1 - b));
}

function halfinWhitt(servers: number, load: number): number {
  const beta = (servers - load) / Math.sqrt(load);
  const phi = Math.exp((-beta * beta) / 2) / Math.sqrt(2 * Math.PI);
  const cdf = 1 - erfc(beta / Math.SQRT2) / 2;
  return 1 / (1 + (beta * cdf) / phi);
}

/** Complementary error function for x ≥ 0 (Numerical Recipes erfcc; relative error < 1.2e-7). */
function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  return (
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    )
  );
}

/**
 * Mean wait in queue Wq of an M/M/c station: C(c, A) · S / (c − A), with A = λ·S. Pure.
 * `arrivalRate` per minute, `serviceMean` in minutes. Infinity when λ·S ≥ c.
 */
export function mmcWait(arrivalRate: number, serviceMean: number, servers: number): number {
  if (arrivalRate <= 0 || serviceMean <= 0) return 0;
  const load = arrivalRate * serviceMean;
  if (servers <= 0 || load >= servers) return Infinity;
  return (erlangC(servers, load) * serviceMean) / (servers - load);
}

/**
 * Allen–Cunneen approximation of the mean wait of a G/G/c station:
 * Wq ≈ Wq(M/M/c) · (ca² + cs²) / 2, where ca² and cs² are the squared coefficients of variation
 * of inter-arrival and service times. Exact for M/M/c (ca² = cs² = 1) and for M/G/1
 * (Pollaczek–Khinchine). Pure.
 */
export function ggcWait(
  arrivalRate: number,
  serviceMean: number,
  servers: number,
  arrivalScv: number,
  serviceScv: number,
): number {
  const wq = mmcWait(arrivalRate, serviceMean, servers);
  if (wq === 0 || wq === Infinity) return wq;
  return (wq * (arrivalScv + serviceScv)) / 2;
}
