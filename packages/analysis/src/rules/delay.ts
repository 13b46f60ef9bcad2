import type { Step } from '@flowsmith/model';
import { criticalWeightsOf } from '../impact/criticalWeightsOf';
import { formatMinutes, formatPercent } from '../messages';
import type { Rule } from '../ruleContext';
import { times } from '../flow/solveTraffic';
import type { Finding } from '../types';

/** Share of the lead time from which a wait is a warning, not just worth a look. */
export const DELAY_WARNING_SHARE = 0.2;

/** Days of gathering from which a batch is a warning, whatever its share of the lead time. */
export const BATCH_DAYS = 2;

/** What a timer waits for, read from its name: a signature or approval, the next batch run, or something else. */
export type DelayCause = 'signature' | 'batch' | 'terms' | 'timer';

const SIGNATURE = /签字|签名|签批|签核|签署|审批|批准|盖章|signature|sign-?off|\bsign|approv/i;
const TERMS =
  /账期|付款期|信用期|冷静期|通知期|payment terms|credit (period|terms)|notice period|cooling-off|grace period/i;
const BATCH =
  /批次|批量|每周|每月|每天|每日|周期|定期|付款日|batch|weekly|monthly|daily|\brun\b|pay ?run|payment run|cycle|schedule/i;

/** What a timer waits for (from its name). Pure. */
export function delayCause(step: Step): DelayCause {
  if (TERMS.test(step.name)) return 'terms';
  if (SIGNATURE.test(step.name)) return 'signature';
  if (BATCH.test(step.name)) return 'batch';
  return 'timer';
}

/**
 * `delay`: a timer (or a batch step's gathering) where cases wait while nobody works — for a signature, a batch run, a period
 * agreed with another party (payment terms, a notice period: counted in the lead time, but not the
 * process's own to shorten) or something else (from its name). A warning when the wait is 20 % of
 * the lead time or more — except an agreed period, which stays info — else info. The message gives the wait per visit and, when cases pass more or less than once, per
 * case; evidence: `waitPerVisit`, `visits`, `waitPerCase`, `leadTimeShare` (its weight in the
 * cycle time: 0 on a shorter parallel branch).
 */
export const delay: Rule = {
  id: 'delay',
  kinds: ['delay'],
  check(ctx) {
    const found: Finding[] = [];
    const weight = criticalWeightsOf(ctx.figures);
    const lead = ctx.metrics.cycleTime.mean;
    for (const [i, s] of ctx.steps()) {
      // A batch step holds its cases while the batch gathers: the weekly pay run as a task.
      const batch = s.type === 'task' && s.batch !== undefined;
      if (s.type !== 'timer' && !batch) continue;
      const m = ctx.metrics.steps[s.id]!;
      const waited = batch ? ctx.figures.calendar.batchWait[i]! : m.waitMean;
      if (!(m.visits > 0) || !(waited > 0)) continue;
      const perCase = times(m.visits, waited);
      const share = lead > 0 && Number.isFinite(lead) ? times(weight[i]!, waited) / lead : 0;
      const visits = Math.round(m.visits * 100) / 100;
      const cause = batch ? 'batch' : delayCause(s);
      // A batch that holds cases for days is a warning whatever its share (a lean waste).
      const days = batch && waited >= BATCH_DAYS * 1440;
      found.push(
        ctx.finding(
          'delay',
          (share >= DELAY_WARNING_SHARE || days) && cause !== 'terms' ? 'warning' : 'info',
          `delay.${cause}`,
          {
            step: ctx.name(s.id),
            perVisit: formatMinutes(waited, ctx.lang),
            visits: String(visits),
            perCase: formatMinutes(perCase, ctx.lang),
            share: formatPercent(share),
          },
          {
            steps: [s.id],
            evidence: {
              waitPerVisit: waited,
              visits: m.visits,
              waitPerCase: perCase,
              leadTimeShare: share,
            },
          },
        ),
      );
    }
    return found;
  },
};
