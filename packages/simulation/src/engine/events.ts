/**
 * The engine's event kinds and tie priorities (SPEC.md SIM-KER-1). A payload is
 * `arg << 2 | kind`; for EV_MISC, `arg` is itself `x << 2 | sub` (a person opening, a batch
 * done, a batch window, a batch schedule opening).
 */
export const EV_ARRIVAL = 0;
export const EV_DONE = 1;
export const EV_OPEN = 2;
export const EV_MISC = 3;
export const MISC_PERSON_OPEN = 0;
export const MISC_BATCH_DONE = 1;
export const MISC_BATCH_WINDOW = 2;
export const MISC_BATCH_SCHEDULE = 3;
/** Ties at equal times: completions free members first, then roles open, then cases arrive. */
export const P_DONE = 0;
export const P_OPEN = 1;
export const P_ARRIVAL = 2;
