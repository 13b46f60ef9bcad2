import type { Lang, ProcessDocument } from '@flowsmith/model';

/**
 * What the analytic estimate leaves out of a document that uses it (docs/analysis.md §2,
 * "What the estimate leaves out"): `priorities` (case priorities and queue disciplines other than
 * first come, first served), `shared-people` (a person in several roles counts in each),
 * `case-data` (conditions over
 * case data that steps set: branch probabilities are used), `batch` (batches beyond the gathering
 * and one piece of work per batch), `terminate` (work a terminate end cancels still counts).
 */
export type EstimateExclusion =
  'priorities' | 'shared-people' | 'case-data' | 'batch' | 'terminate';

/** The parts of `doc` the analytic estimate does not model, in a fixed order. Pure. */
export function estimateExcludes(doc: ProcessDocument): EstimateExclusion[] {
  const out: EstimateExclusion[] = [];
  const steps = doc.steps ?? [];
  const roles = doc.roles ?? [];
  if (
    (doc.simulation?.priorities?.length ?? 0) > 0 ||
    roles.some((r) => r.queue !== undefined && r.queue !== 'fifo')
  )
    out.push('priorities');
  const seen = new Set<string>();
  let shared = false;
  for (const r of roles) {
    for (const id of new Set((r.members ?? []).map((m) => m.id))) {
      if (seen.has(id)) shared = true;
      seen.add(id);
    }
  }
  if (shared) out.push('shared-people');
  if (steps.some((s) => s.type === 'task' && s.sets && Object.keys(s.sets).length > 0))
    out.push('case-data');
  if (steps.some((s) => s.type === 'task' && s.batch)) out.push('batch');
  if (steps.some((s) => s.type === 'end' && s.terminate)) out.push('terminate');
  return out;
}

const TEXT: Record<Lang, Record<EstimateExclusion, string> & { lead: string }> = {
  en: {
    lead: 'The estimate excludes',
    priorities: 'case priorities and queue orders other than first come, first served',
    'shared-people': 'people shared between roles (counted in each role)',
    'case-data': 'case data set by steps (branch probabilities are used)',
    batch: 'batches beyond the gathering wait and one piece of work per batch',
    terminate: 'work a terminate end cancels (still counted in busy time and cost)',
  },
  'zh-CN': {
    lead: '估算未包含',
    priorities: '案例优先级和先到先办以外的排队规则',
    'shared-people': '跨角色共享的人员（在每个角色中分别计算）',
    'case-data': '步骤设置的案例数据（使用分支概率）',
    batch: '批量处理中除凑批等待和每批一次工作以外的部分',
    terminate: '终止结束取消的工作（仍计入忙碌时间和成本）',
  },
};

/** "The estimate excludes: …" in `lang`, or '' when nothing is excluded. Pure. */
export function formatExcludes(excluded: readonly EstimateExclusion[], lang: Lang = 'en'): string {
  if (excluded.length === 0) return '';
  const t = TEXT[lang] ?? TEXT.en;
  return `${t.lead}${lang === 'zh-CN' ? '：' : ': '}${excluded.map((e) => t[e]).join(lang === 'zh-CN' ? '；' : '; ')}${lang === 'zh-CN' ? '。' : '.'}`;
}

/**
 * How far a simulated mean cycle time is from the analytic one, as a signed share of the estimate
 * (+0.12: the simulation takes 12 % longer); null when either is missing, unbounded or zero. Pure.
 */
export function simulationDifference(
  estimated: number,
  simulated: number | undefined,
): number | null {
  if (simulated === undefined || !Number.isFinite(simulated) || !Number.isFinite(estimated))
    return null;
  return estimated > 0 ? (simulated - estimated) / estimated : null;
}
