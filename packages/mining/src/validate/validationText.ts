import type { Lang } from '@flowsmith/model';
import type { ValidationMetric, ValidationRow } from './compareWithLog';
import type { FigureFinding } from './figuresVersusData';

const METRIC: Record<ValidationMetric, Record<Lang, string>> = {
  cycleMean: { en: 'cycle time, mean (min)', 'zh-CN': '周期时间均值（分钟）' },
  cycleMedian: { en: 'cycle time, median (min)', 'zh-CN': '周期时间中位数（分钟）' },
  cycleP90: { en: 'cycle time, p90 (min)', 'zh-CN': '周期时间 P90（分钟）' },
  throughput: { en: 'throughput (cases/h)', 'zh-CN': '吞吐量（案例/小时）' },
  wait: { en: 'wait (min)', 'zh-CN': '等待时间（分钟）' },
  touch: { en: 'touch time (min)', 'zh-CN': '处理时间（分钟）' },
  sojourn: { en: 'sojourn time (min)', 'zh-CN': '停留时间（分钟）' },
  utilisation: { en: 'utilisation', 'zh-CN': '利用率' },
};

/** The label of a validation row, e.g. "wait (min): Approve", in `lang`. Pure. */
export function validationLabel(row: ValidationRow, lang: Lang = 'en'): string {
  const metric = METRIC[row.metric][lang];
  return row.subject === undefined
    ? metric
    : `${metric}${lang === 'zh-CN' ? '：' : ': '}${row.subject}`;
}

const n = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2));
const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

/** One finding of `figuresVersusData` as a sentence with the step id and both values, in `lang`. Pure. */
export function describeFigureFinding(f: FigureFinding, lang: Lang = 'en'): string {
  const zh = lang === 'zh-CN';
  switch (f.kind) {
    case 'duration': {
      const measure = zh
        ? f.measure === 'touch'
          ? '处理时间'
          : '停留时间'
        : f.measure === 'touch'
          ? 'touch time'
          : 'sojourn time';
      return zh
        ? `${f.step}「${f.name}」：图上平均时长 ${n(f.drawn)} 分钟，日志中平均${measure} ${n(f.data)} 分钟（相差 ${pct((f.drawn - f.data) / f.data)}）`
        : `${f.step} "${f.name}": drawn mean duration ${n(f.drawn)} min, the log's mean ${measure} ${n(f.data)} min (${pct((f.drawn - f.data) / f.data)} off)`;
    }
    case 'probability':
      return zh
        ? `${f.step} → ${f.flow}「${f.name}」：图上概率 ${f.drawn.toFixed(2)}，日志中占比 ${f.data.toFixed(2)}`
        : `${f.step} → ${f.flow} "${f.name}": drawn probability ${f.drawn.toFixed(2)}, share in the log ${f.data.toFixed(2)}`;
    case 'arrival':
      return zh
        ? `${f.step}「${f.name}」：图上到达率每小时 ${n(f.drawn)} 个案例，日志中每小时 ${n(f.data)} 个`
        : `${f.step} "${f.name}": drawn arrival rate ${n(f.drawn)} cases/h, in the log ${n(f.data)} cases/h`;
  }
}
