import type { Step } from '@flowsmith/model';
import { criticalWeightsOf } from '../impact/criticalWeightsOf';
import { formatMinutes, formatPercent } from '../messages';
import type { Rule } from '../ruleContext';
import { times } from '../flow/solveTraffic';
import type { Finding } from '../types';

/** Share of the lead time from which a wait is a warning, not just worth a look. */
export const DELAY_WARNING_SHARE = 0.2;

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
 * `delay`: a timer where cases wait while nobody works — for a signature, a batch run, a period
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
      if (s.type !== 'timer') continue;
      const m = ctx.metrics.steps[s.id]!;
      if (!(m.visits > 0) || !(m.waitMean > 0)) continue;
      const perCase = times(m.visits, m.waitMean);
      const share = lead > 0 && Number.isFinite(lead) ? times(weight[i]!, m.waitMean) / lead : 0;
      const visits = Math.round(m.visits * 100) / 100;
      found.push(
        ctx.finding(
          'delay',
          share >= DELAY_WARNING_SHARE && delayCause(s) !== 'terms' ? 'warning' : 'info',
          `delay.${delayCause(s)}`,
          {
            step: ctx.name(s.id),
            perVisit: formatMinutes(m.waitMean, ctx.lang),
            visits: String(visits),
            perCase: formatMinutes(perCase, ctx.lang),
            share: formatPercent(share),
          },
          {
            steps: [s.id],
            evidence: {
              waitPerVisit: m.waitMean,
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
