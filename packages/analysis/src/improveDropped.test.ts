import { describe, expect, it, vi } from 'vitest';
import { gallery, type ProcessDocument } from '@flowsmith/model';
import type * as Apply from './suggestions/applySuggestion';

// The shipped suggestions are guarded against side effects, so a change that breaks something is
// made here: applying the suggestion also slips a gateway with one way in and one way out between
// "start" and "fill" (a `superfluous-gateway` warning the as-is does not have).
vi.mock('./suggestions/applySuggestion', async (original) => {
  const real = await original<typeof Apply>();
  return {
    applySuggestion: (...args: Parameters<typeof Apply.applySuggestion>) => {
      const r = real.applySuggestion(...args);
      if (!r.ok || args[1].move !== 'eliminate') return r;
      const doc: ProcessDocument = {
        ...r.document,
        steps: [...r.document.steps, { id: 'extra', type: 'xor', name: 'extra' }],
        flows: r.document.flows.flatMap((f) =>
          f.from === 'start' && f.to === 'fill'
            ? [
                { ...f, to: 'extra' },
                { id: 'extra-fill', from: 'extra', to: 'fill' },
              ]
            : [f],
        ),
      };
      return { ...r, document: doc };
    },
  };
});

const { improve } = await import('./improve');

describe('improve checks its own result', () => {
  it('takes back a change that adds a warning the as-is had not, and reports it', () => {
    const r = improve(gallery.doubleApproval);
    expect(r.dropped).toHaveLength(1);
    expect(r.dropped[0]!.suggestion.move).toBe('eliminate');
    expect(r.dropped[0]!.introduced.map((f) => f.kind)).toEqual(['superfluous-gateway']);
    // The to-be is what the other changes made: the second approval is still there.
    expect(r.document.steps.some((s) => s.id === 'approve2')).toBe(true);
    expect(r.document.steps.some((s) => s.id === 'extra')).toBe(false);
    expect(r.changes.every((c) => c.suggestion.move !== 'eliminate')).toBe(true);
  });
});
