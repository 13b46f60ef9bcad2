import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseProcessJson, type ProcessDocument } from '@flowsmith/model';
import { analyze } from '@flowsmith/analysis';

// Issue 13: on the shipped examples the biggest delays come first and carry advice.
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const example = (file: string): ProcessDocument => {
  const r = parseProcessJson(readFileSync(examples + file, 'utf8'));
  if (!r.ok) throw new Error(file);
  return r.document;
};

describe('findings ranked by impact on the examples', () => {
  it('on every example, the top three findings by impact each carry a suggestion', () => {
    for (const file of readdirSync(examples).filter((f) => f.endsWith('.flow.json'))) {
      const top = analyze(example(file), { effects: true })
        .findings.filter((f) => f.impact.leadTimeMinutes > 0 || f.impact.costPerCase > 0)
        .slice(0, 3);
      for (const f of top) expect(f.suggestions.length, `${file}: ${f.id}`).toBeGreaterThan(0);
    }
  });

  it('the weekly pay run, most of the reimbursement lead time, comes first and is no mere info', () => {
    const [first] = analyze(example('expense-reimbursement-as-is.flow.json')).findings;
    expect(first).toMatchObject({ kind: 'delay', severity: 'warning', steps: ['waitPayRun'] });
    expect(first!.suggestions[0]!.commands[0]).toMatchObject({ id: 'step.update' });
  });
});
