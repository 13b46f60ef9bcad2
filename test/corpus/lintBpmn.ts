/**
 * Runs bpmnlint's recommended rules over BPMN XML, the way bpmnlint's CLI does: a Linter with a
 * NodeResolver that finds `bpmnlint:recommended` and its rules in node_modules.
 */
import { createRequire } from 'node:module';
import { readBpmnDefinitions } from '@flowsmith/bpmn';

interface Report {
  id?: string;
  message: string;
  category: string;
}
interface LinterLike {
  lint(root: unknown, config: object): Promise<Record<string, Report[]>>;
}

const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint') as {
  Linter: new (options: { resolver: unknown }) => LinterLike;
};
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => unknown;

/** The reports of `bpmnlint:recommended` (errors and warnings) as `rule: element id: message`. */
export async function lintBpmn(
  xml: string,
): Promise<{ reports: string[]; moddleWarnings: string[] }> {
  const { definitions, warnings } = await readBpmnDefinitions(xml);
  // A fresh linter each time: some rules (no-duplicate-sequence-flows) keep state between runs.
  const linter = new Linter({ resolver: new NodeResolver() });
  const results = await linter.lint(definitions, { extends: 'bpmnlint:recommended' });
  const reports = Object.entries(results).flatMap(([rule, list]) =>
    list.map((r) => `${rule} (${r.category}): ${r.id ?? '?'}: ${r.message}`),
  );
  return { reports, moddleWarnings: warnings };
}
