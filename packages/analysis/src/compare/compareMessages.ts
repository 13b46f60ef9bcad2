import type { Lang } from '@flowsmith/model';
import { formatMinutes, formatPercent } from '../messages';
import { formatMoney } from './formatMoney';
import { formatPoints, formatSigned, formatSignedMinutes } from './formatPoints';
import type { KpiKey } from './kpiFigures';

/** Words of the KPI comparison, attribution and timeline, in English and Chinese. */
export interface CompareLabels {
  kpi: Record<KpiKey, string>;
  utilization: (role: string) => string;
  figure: string;
  asIs: string;
  change: string;
  better: string;
  worse: string;
  alone: string;
  leftOut: string;
  total: string;
  sumAlone: string;
  interaction: string;
  notApplicable: string;
  waiting: string;
  working: string;
  critical: string;
  noRole: string;
}

/** Every label of the comparison in both languages. */
export const compareLabels: Record<Lang, CompareLabels> = {
  en: {
    kpi: {
      cycleTime: 'Cycle time (mean)',
      touchTime: 'Of which work',
      waitTime: 'Of which waiting',
      costPerCase: 'Cost per case',
      handoffsPerCase: 'Hand-offs per case',
      flowEfficiency: 'Flow efficiency',
      nonValueAddingShare: 'Non-value-adding share',
      steps: 'Tasks',
      approvals: 'Approvals',
    },
    utilization: (role) => `Utilisation: ${role}`,
    figure: 'Figure',
    asIs: 'As-is',
    change: 'Change',
    better: 'better',
    worse: 'worse',
    alone: 'Alone',
    leftOut: 'Left out',
    total: 'Total',
    sumAlone: 'Sum of changes alone',
    interaction: 'Interaction (total − sum)',
    notApplicable: 'cannot be applied alone',
    waiting: 'waiting',
    working: 'working',
    critical: 'critical path',
    noRole: '(no role)',
  },
  'zh-CN': {
    kpi: {
      cycleTime: '平均周期时间',
      touchTime: '其中作业时间',
      waitTime: '其中等待时间',
      costPerCase: '单件成本',
      handoffsPerCase: '每件交接次数',
      flowEfficiency: '流程效率',
      nonValueAddingShare: '非增值时间占比',
      steps: '任务数',
      approvals: '审批数',
    },
    utilization: (role) => `利用率：${role}`,
    figure: '指标',
    asIs: '现状',
    change: '变化',
    better: '改善',
    worse: '变差',
    alone: '单独实施',
    leftOut: '去掉此项',
    total: '合计',
    sumAlone: '各项单独效果之和',
    interaction: '交互作用（合计 − 之和）',
    notApplicable: '无法单独实施',
    waiting: '等待',
    working: '作业',
    critical: '关键路径',
    noRole: '（无角色）',
  },
};

/**
 * How a KPI (or a utilisation, `utilization.<role>`) reads: minutes, money (with `currency`,
 * see formatMoney), %, a count. Pure. A `signed` change of a share reads in percentage points
 * (`+3 pp`, `+3 个百分点`), and a change that rounds to zero reads `±0`, never `−0`.
 */
export function kpiLabel(
  key: string,
  value: number,
  lang: Lang,
  signed = false,
  currency?: string,
): string {
  if (Number.isNaN(value)) return '—';
  const share =
    key === 'flowEfficiency' || key === 'nonValueAddingShare' || key.startsWith('utilization.');
  if (signed) {
    if (key === 'cycleTime' || key === 'touchTime' || key === 'waitTime')
      return formatSignedMinutes(value, lang);
    if (share) return formatPoints(value, lang);
    if (key === 'costPerCase') return formatMoney(value, currency, true);
    if (key === 'steps' || key === 'approvals') return formatSigned(value, 0);
    return formatSigned(value, value >= 10 || value <= -10 ? 1 : 2);
  }
  if (key === 'cycleTime' || key === 'touchTime' || key === 'waitTime')
    return formatMinutes(value, lang);
  if (share) return formatPercent(value);
  if (key === 'steps' || key === 'approvals') return String(Math.round(value));
  if (key === 'costPerCase') return formatMoney(value, currency);
  if (!Number.isFinite(value)) return '∞';
  return (Math.round(value * 100) / 100).toFixed(value >= 10 ? 1 : 2);
}
