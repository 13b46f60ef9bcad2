import type { Lang } from '../messages/lang';
import type { Problem } from './parseResult';
import { parseDistribution } from './parseDistribution';
import { ProblemCollector } from './ProblemCollector';

/**
 * What the document parser would say of one duration or inter-arrival distribution, with paths
 * under `path` (`mean: must be greater than 0, not -5`) — none when it is fine. For importers
 * that build distributions from another tool's parameters and want to name the source's place
 * instead of the document's. Pure.
 */
export function distributionProblems(value: unknown, lang: Lang = 'en', path = ''): Problem[] {
  const c = new ProblemCollector(lang);
  parseDistribution(c, value, path);
  return c.problems;
}
