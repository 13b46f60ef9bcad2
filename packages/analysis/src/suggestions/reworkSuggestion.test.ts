import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { analyze } from '../analyze';
import { improve } from '../improve';

describe('stopping rework at the source', () => {
  // start → merge → work (clerk) → check (checker) → ok? ─0.8→ end, 0.2 → back to merge
  it('halves the send-backs by assumption, with a checklist for the step that does the work', () => {
    const f = analyze(gallery.reworkLoop, { effects: true }).findings.find(
      (x) => x.kind === 'rework-loop',
    )!;
    const [s] = f.suggestions;
    expect(s).toMatchObject({ move: 'simplify', assumption: true });
    expect(s!.commands).toEqual([
      { id: 'flow.update', params: { id: 'ok-end', changes: { probability: 0.9 } } },
      { id: 'flow.update', params: { id: 'ok-merge', changes: { probability: 0.1 } } },
      {
        id: 'step.update',
        params: { id: 'work', changes: { cautions: [expect.stringMatching(/checklist/)] } },
      },
    ]);
    expect(s!.effect!.cycleTimeMean).toBeLessThan(0);
  });

  it('is not taken into the to-be by improve: it rests on an assumption', () => {
    const r = improve(gallery.reworkLoop);
    expect(r.changes.some((c) => c.suggestion.assumption)).toBe(false);
  });
});
