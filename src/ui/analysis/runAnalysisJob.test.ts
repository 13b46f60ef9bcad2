import { describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import { runAnalysisJob } from './runAnalysisJob';

describe('runAnalysisJob', () => {
  it('gives the to-be an id no stored process has', () => {
    const doc = gallery.doubleApproval;
    const first = runAnalysisJob({ type: 'improve', doc, lang: 'en' });
    expect(first.changes.length).toBeGreaterThan(0);
    const again = runAnalysisJob({
      type: 'improve',
      doc,
      lang: 'en',
      takenIds: [first.document.id],
    });
    expect(again.document.id).toBe(`${first.document.id}-2`);
  });
});
