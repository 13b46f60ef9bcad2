import { describe, expect, it } from 'vitest';
import { analyze } from '@flowsmith/analysis';
import { gallery, type ProcessDocument } from '@flowsmith/model';
import { findingVotes, sortFindingsByVotes } from './findingVotes';

describe('sortFindingsByVotes', () => {
  it('puts the findings about the most-voted steps first, keeping the order of ties', () => {
    const base = gallery.doubleApproval;
    const { findings } = analyze(base);
    expect(findings.length).toBeGreaterThan(1);
    const last = findings.filter((f) => f.steps.length > 0).at(-1)!;
    expect(findings.indexOf(last)).toBeGreaterThan(0);
    const doc: ProcessDocument = {
      ...base,
      notes: [{ id: 'n1', text: 'why', on: last.steps[0]! }],
      votes: [
        { id: 'v1', by: 'Li', on: last.steps[0]! },
        { id: 'v2', by: 'Ann', on: 'n1' },
      ],
    };
    expect(findingVotes(last, doc)).toBe(2);
    const sorted = sortFindingsByVotes(findings, doc);
    const voted = sorted.filter((f) => findingVotes(f, doc) > 0);
    expect(voted).toContain(last);
    expect(sorted.slice(0, voted.length)).toEqual(voted);
    const rest = findings.filter((f) => findingVotes(f, doc) === 0);
    expect(sorted.filter((f) => findingVotes(f, doc) === 0)).toEqual(rest);
  });
});
