import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseProcess, type ProcessDocument } from '@flowsmith/model';
import { adviceViolations, analyze, controlsOf, improve } from '@flowsmith/analysis';

// Issue 13: on every shipped example the advice keeps the controls, creates no duty conflict and
// loads no role above 80 % (the expert gallery is checked the same way in packages/analysis).
const dir = fileURLToPath(new URL('../examples/', import.meta.url));
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.flow.json'))
  .map((file) => {
    const result = parseProcess(JSON.parse(readFileSync(dir + file, 'utf8')));
    if (!result.ok) throw new Error(`${file} does not parse`);
    return [file, result.document] as [string, ProcessDocument];
  });

describe('judgement on the examples', () => {
  it('sees 总经理审批 as a control, reached only above ¥50,000', () => {
    const doc = examples.find(([f]) => f === 'purchase-approval-as-is.flow.json')![1];
    const gm = controlsOf(doc).get('gmApprove');
    expect(gm?.reasons).toContain('threshold');
    expect(gm?.gate).toBe('f10');
    expect(gm?.evidence['zh-CN']).toContain('金额 > 5万');
    const suggestions = analyze(doc).findings.flatMap((f) => f.suggestions);
    const cuts = suggestions.filter((s) =>
      s.commands.some(
        (c) =>
          (c.id === 'steps.remove' || c.id === 'steps.merge') &&
          ((c.params as { ids: string[] }).ids ?? []).includes('gmApprove'),
      ),
    );
    expect(cuts).toEqual([]);
    expect(
      suggestions.some((s) => s.id.endsWith(':e-sign') && s.touches.includes('gmApprove')),
    ).toBe(true);
  });

  it('sees the budget check as a control: kept, and checked by the system instead', () => {
    const doc = examples.find(([f]) => f === 'purchase-approval-as-is.flow.json')![1];
    expect(controlsOf(doc).get('budgetCheck')?.reasons).toEqual(['budget']);
    const suggestions = analyze(doc).findings.flatMap((f) => f.suggestions);
    expect(suggestions.some((s) => s.id.endsWith(':exceptions'))).toBe(true);
    expect(improve(doc).document.steps.some((s) => s.id === 'budgetCheck')).toBe(true);
  });

  it('keeps 总经理审批 in the improved purchase approval', () => {
    const doc = examples.find(([f]) => f === 'purchase-approval-as-is.flow.json')![1];
    const toBe = improve(doc).document;
    expect(toBe.steps.some((s) => s.id === 'gmApprove')).toBe(true);
    expect(controlsOf(toBe).get('gmApprove')?.reasons).toContain('threshold');
  });

  for (const [file, doc] of examples) {
    it(`${file}: no offered suggestion cuts a control, splits duties wrongly or overloads a role`, () => {
      expect(adviceViolations(doc)).toEqual([]);
    });
  }
});
