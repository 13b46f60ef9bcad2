/**
 * Erlang's C formula: the probability that an arriving customer must wait in an M/M/c queue
 * with `servers` servers and offered load `load` = λ/μ (in Erlangs). Pure.
 *
 * Computed through the Erlang B recursion B(k) = A·B(k−1) / (k + A·B(k−1)), which stays
 * stable for hundreds of servers where factorials overflow. Returns 1 when load ≥ servers
 * (every customer waits; the queue has no steady state) and 0 for no load.
 */
export function erlangC(servers: number, load: number): number {
  if (load <= 0) return 0;
  if (load >= servers) return 1;
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (load * b) / (k + load * b);
  const rho = load / servers;
  return b / (1 - rho * (1 - b));
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
