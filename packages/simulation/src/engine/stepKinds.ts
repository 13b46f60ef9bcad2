/** Kinds of compiled step; numbers so the engine switches on a byte. */
export const START = 0;
export const END = 1;
export const TASK = 2;
export const XOR = 3;
export const AND = 4;
export const TIMER = 5;
/** A subprocess step: entering it enters the inlined child process. */
export const SUB = 6;
/** An end step of an inlined child process: leaving the child when its last token gets here. */
export const SUB_END = 7;
/** A start step of an inlined child process: passed through on entry. */
export const SUB_START = 8;

/** How an xor with several outgoing flows chooses. */
export const ROUTE_ALL = 0;
export const ROUTE_PROBABILITY = 1;
export const ROUTE_CONDITION = 2;
/** An inclusive (OR) gateway: split into one or more flows, join what its split started. */
export const OR = 9;

/** Queue disciplines of a role (`Role.queue`). */
export const DISCIPLINE_FIFO = 0;
export const DISCIPLINE_PRIORITY = 1;
export const DISCIPLINE_DUE_DATE = 2;
