import { describe, expect, it } from 'vitest';
import { gallery, generateProcess } from '@flowsmith/model';
import { analyze } from './analyze';
import { largeProcessNote, SUGGESTION_STEP_LIMIT, suggestsFor } from './largeProcess';

// Issue 14: analyze and improve on 20,000 steps ran for more than four minutes, nearly all of it
// checking suggestions; above the limit the analysis gives findings without them, and says so.
describe('analysis of a large process', () => {
  it('gives findings but no suggestions above the limit, with a note in both languages', () => {
    const doc = generateProcess({ steps: SUGGESTION_STEP_LIMIT + 1, seed: 2 });
    expect(suggestsFor(doc)).toBe(false);
    const result = analyze(doc);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => f.suggestions.length === 0)).toBe(true);
    expect(largeProcessNote(doc, 'en')).toContain('2,001 steps; above 2,000');
    expect(largeProcessNote(doc, 'zh-CN')).toContain('2001 个步骤');
  });

  it('keeps suggestions for ordinary processes', () => {
    expect(largeProcessNote(gallery.mm1, 'en')).toBeNull();
    const result = analyze(gallery.doubleApproval);
    expect(suggestsFor(gallery.doubleApproval)).toBe(true);
    expect(result.findings.some((f) => f.suggestions.length > 0)).toBe(true);
  });
});
