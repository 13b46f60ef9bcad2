import type { Rule } from '../ruleContext';
import { bottleneck } from './bottleneck';
import { combineCandidate } from './combine-candidate';
import { danglingFlow } from './dangling-flow';
import { deadEnd } from './dead-end';
import { deadlock } from './deadlock';
import { delay } from './delay';
import { dutyConflict } from './duty-conflict';
import { duplicateFlow } from './duplicate-flow';
import { duplicateSteps } from './duplicate-steps';
import { handoffPingPong } from './handoff-ping-pong';
import { idleRole } from './idle-role';
import { lackOfSync } from './lack-of-sync';
import { livelock } from './livelock';
import { missingRole } from './missing-role';
import { noArrival } from './no-arrival';
import { noEnd } from './no-end';
import { noStart } from './no-start';
import { nonValueAdding } from './non-value-adding';
import { orJoin } from './or-join';
import { overload } from './overload';
import { parallelizeCandidate } from './parallelize-candidate';
import { probabilities } from './probabilities';
import { raciConflict } from './raci-conflict';
import { raciGap } from './raci-gap';
import { raciOverlap } from './raci-overlap';
import { redundantApproval } from './redundant-approval';
import { reworkLoop } from './rework-loop';
import { subprocessUnresolved } from './subprocess-unresolved';
import { superfluousGateway } from './superfluous-gateway';
import { unreachable } from './unreachable';
import { unusedOutput } from './unused-output';

/** Every rule, structural first, in the order their findings are listed. */
export const rules: readonly Rule[] = [
  noStart,
  noEnd,
  danglingFlow,
  unreachable,
  deadEnd,
  deadlock,
  lackOfSync,
  orJoin,
  livelock,
  missingRole,
  probabilities,
  duplicateFlow,
  superfluousGateway,
  overload,
  bottleneck,
  idleRole,
  noArrival,
  subprocessUnresolved,
  duplicateSteps,
  redundantApproval,
  reworkLoop,
  nonValueAdding,
  delay,
  combineCandidate,
  parallelizeCandidate,
  unusedOutput,
  handoffPingPong,
  raciOverlap,
  raciConflict,
  raciGap,
  dutyConflict,
];
