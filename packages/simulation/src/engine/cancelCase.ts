import { QUEUED } from './BatchGate';
import type { Replication } from './Replication';
import { W_BATCH, W_GATE, W_MOVING, W_QUEUED, W_SERVICE } from './ReplicationState';

/**
 * A terminate end reached by token `tok` (SPEC.md SIM-SEM-8): every other token of its case is
 * removed at once — queued work leaves its queue, work in service stops (what was worked
 * counts as touch time and cost) and frees its person, a case waiting for its batch leaves it,
 * timers are dropped. Pending completion events of removed work are ignored when they pop.
 */
export function cancelCase(rep: Replication, tok: number): void {
  const st = rep.st;
  const m = rep.model;
  const work = rep.work;
  const now = rep.now;
  for (const t of st.tokensOf(st.tCase[tok]!)) {
    if (t === tok) continue;
    const s = st.tStep[t]!;
    const r = m.role[s]!;
    switch (st.tWhere[t]) {
      case W_QUEUED:
        work.dispatch!.drop(t, r);
        st.freeToken(t);
        break;
      case W_SERVICE: {
        const p = r >= 0 ? st.tPerson[t]! : -1;
        const cal = p >= 0 ? m.persons[p]!.calendar : null;
        const elapsed =
          cal && rep.scenario.calendarMode === 'pause'
            ? cal.openBetween(st.tStart[t]!, now)
            : now - st.tStart[t]!;
        const worked = Math.min(st.tDur[t]!, elapsed);
        if (p >= 0 && st.tCounted[t]) {
          st.work[r] -= st.tDur[t]! - worked;
          work.personWork[p] -= st.tDur[t]! - worked;
        }
        st.tDur[t] = worked;
        rep.record(t, r, work.costPerHour(p, r), p);
        if (p >= 0) work.releasePerson(p, r);
        st.detachToken(t);
        break;
      }
      case W_GATE:
        work.gate!.drop(t, s);
        st.freeToken(t);
        break;
      case W_BATCH: {
        const gate = work.gate!;
        const b = ~st.tPerson[t]!;
        if (gate.leave(b, t)) {
          if (gate.person[b] === QUEUED) {
            work.dispatch!.drop(~b, r);
            gate.recycle(b);
          } else {
            gate.cancelled[b] = true;
            if (gate.person[b]! >= 0) work.releasePerson(gate.person[b]!, r);
          }
        }
        st.freeToken(t);
        break;
      }
      case W_MOVING:
        st.detachToken(t); // still on the move stack of this instant: dropped when popped
        break;
    }
  }
}
