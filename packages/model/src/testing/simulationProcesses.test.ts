import { describe, expect, it } from 'vitest';
import { pairInclusiveJoins } from '../graph/pairInclusiveJoins';
import { parseProcess } from '../parse/parseProcess';
import { exploreStates } from '../tokenGame/exploreStates';
import { simulationGallery } from './simulationProcesses';

describe('simulationGallery', () => {
  it.each(Object.entries(simulationGallery))('%s parses to an equal document', (_, doc) => {
    const r = parseProcess(JSON.parse(JSON.stringify(doc)));
    expect(r.ok ? [] : r.problems).toEqual([]);
    expect(r.ok && r.document).toEqual(doc);
  });

  it.each(Object.entries(simulationGallery))('%s always completes in the token game', (_, doc) => {
    const report = exploreStates(doc);
    expect(report.deadlockCount).toBe(0);
    expect(report.alwaysCompletable).toBe(true);
  });

  it('orSplitJoin pairs its join with its split', () => {
    expect([...pairInclusiveJoins(simulationGallery.orSplitJoin).splitOf]).toEqual([['j', 's']]);
  });
});
