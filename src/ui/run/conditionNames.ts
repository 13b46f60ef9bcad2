import { parseCondition, type ProcessDocument } from '@flowsmith/model';

/**
 * The data names the flows' conditions read, in the order they first appear in the document, each
 * once — the fields of the case-data form. Conditions that do not parse are skipped (the analysis
 * and the compiler report them). Pure.
 */
export function conditionNames(doc: ProcessDocument): string[] {
  const seen = new Set<string>();
  for (const flow of doc.flows) {
    if (!flow.condition) continue;
    const parsed = parseCondition(flow.condition);
    if (parsed.ok) for (const name of parsed.names) seen.add(name);
  }
  return [...seen];
}
