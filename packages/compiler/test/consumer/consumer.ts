/**
 * What the generated types accept and refuse, checked by `tsc` in the consumer-project test:
 * each line marked `@ts-expect-error` must be a compile error (tsc fails if it is not).
 */
import { createActor } from 'xstate';
import { machine, processInfo, type CaseData } from './purchase.machine.js';

const actor = createActor(machine, { input: { data: { amount: 80000 } } }).start();
actor.send({ type: 'COMPLETE', stepId: 'mgrApprove', by: 'ann', data: { amount: 120000 } });
actor.send({ type: 'CHOOSE', stepId: 'amountCheck', flowId: 'f10' });
actor.send({ type: 'SET_DATA', data: { complete: true } });
// @ts-expect-error -- the process has no step "noSuchStep"
actor.send({ type: 'COMPLETE', stepId: 'noSuchStep' });
// @ts-expect-error -- f5 is a flow of checkResult, not of amountCheck
actor.send({ type: 'CHOOSE', stepId: 'amountCheck', flowId: 'f5' });
// @ts-expect-error -- conditions compare amount with a number
actor.send({ type: 'SET_DATA', data: { amount: 'a lot' } });
// @ts-expect-error -- no condition or data declaration names "amout"
actor.send({ type: 'SET_DATA', data: { amout: 1 } });

const amount: number | undefined = actor.getSnapshot().context.data.amount;
export const summary: string = `${processInfo.name}: ${amount ?? 0}`;
export type { CaseData };
