import type { Lang, ProcessDocument } from '@flowsmith/model';
import {
  parseTimeZone,
  validateAgainstLog as validateWith,
  validationLabel,
  type EventLog,
  type Validation,
} from '@flowsmith/mining';
import { DEFAULT_LOG_EPOCH, runReplicationSync, SimulationError } from '@flowsmith/simulation';
import { CliError } from '../CliError';

/**
 * Simulates `doc` and compares its key figures with the log's: `validateAgainstLog` of
 * @flowsmith/mining (five runs with seeds `seed`, `seed + 1`, …, each as many cases as the log has
 * up to 20,000, no warm-up; the runs' mean and 95 % band) with `runReplicationSync` as the
 * simulator, simulation time 0 at `DEFAULT_LOG_EPOCH` (a Monday 00:00, as the simulation's own
 * log writes it) and role calendars read in `timezone` (the log's) for the log. A document the
 * simulator refuses is a CliError with exit 1.
 */
export function validateAgainstLog(
  doc: ProcessDocument,
  log: EventLog,
  seed: number,
  timezone?: string,
): Validation {
  const zone = (timezone && parseTimeZone(timezone)) || undefined;
  try {
    return validateWith(
      doc,
      log,
      (d, { cases, seed: s }) =>
        runReplicationSync(d, { cases, warmup: 0, replications: 1, seed: s }, 0, {
          recordLog: true,
        }).log ?? [],
      { epochMs: DEFAULT_LOG_EPOCH, seed, ...(zone ? { zone } : {}) },
    );
  } catch (e) {
    if (e instanceof SimulationError) throw new CliError(e.message, 1, 'input');
    throw e;
  }
}

const HEAD: Record<Lang, string[]> = {
  en: ['figure', 'log', 'simulated', 'error', 'tolerance', ''],
  'zh-CN': ['指标', '日志', '仿真', '误差', '容差', ''],
};
const VERDICT: Record<
  Lang,
  { pass: string; fail: string; unjudged: string; band: string; all: string; some: string }
> = {
  en: {
    pass: 'ok',
    fail: 'FAIL',
    unjudged: '(few cases)',
    band: 'ok (within the runs)',
    all: 'The simulated discovered process reproduces the log within every tolerance.',
    some: 'Rows marked FAIL are outside their tolerance.',
  },
  'zh-CN': {
    pass: '通过',
    fail: '未通过',
    unjudged: '（案例太少）',
    band: '通过（在多次仿真的波动内）',
    all: '发现的流程仿真结果在所有容差之内与日志一致。',
    some: '标为“未通过”的行超出了容差。',
  },
};

const num = (x: number) =>
  !Number.isFinite(x) ? '–' : Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2);

/** The validation as an aligned text table with a closing verdict, in `lang`. Pure. */
export function formatValidation(v: Validation, lang: Lang): string {
  const words = VERDICT[lang];
  const rows = v.rows.map((r) => {
    const absolute = r.metric === 'utilisation';
    return [
      validationLabel(r, lang),
      num(r.log),
      num(r.simulated),
      absolute
        ? `${r.error >= 0 ? '+' : ''}${r.error.toFixed(3)}`
        : Number.isFinite(r.error)
          ? `${(r.error * 100).toFixed(1)} %`
          : '–',
      absolute ? `±${r.tolerance}` : `±${(r.tolerance * 100).toFixed(0)} %`,
      r.pass === undefined
        ? words.unjudged
        : !r.pass
          ? words.fail
          : Math.abs(r.simulated - r.log) > r.allowed
            ? words.band
            : words.pass,
    ];
  });
  const table = [HEAD[lang], ...rows];
  const widths = HEAD[lang].map((_, i) => Math.max(...table.map((row) => width(row[i]!))));
  const lines = table.map((row) =>
    row
      .map((cell, i) => (i === 0 ? pad(cell, widths[i]!) : padStart(cell, widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
  return `${lines.join('\n')}\n${v.passed ? words.all : words.some}\n`;
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - width(s))) + s;
