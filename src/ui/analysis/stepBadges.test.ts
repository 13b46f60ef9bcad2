import { describe, expect, it } from 'vitest';
import type { Finding } from '@flowsmith/analysis';
import { gallery } from '@flowsmith/model';
import { stepBadges } from './stepBadges';

const finding = (
  id: string,
  kind: Finding['kind'],
  severity: Finding['severity'],
  steps: string[],
): Finding => ({
  id,
  kind,
  severity,
  steps,
  roles: [],
  message: id,
  evidence: {},
  impact: { leadTimeMinutes: 0, costPerCase: 0, roleHoursPerWeek: 0 },
  suggestions: [],
});

describe('stepBadges', () => {
  const doc = gallery.reworkLoop;
  const tasks = doc.steps.filter((s) => s.type === 'task').map((s) => s.id);
  const gateways = doc.steps.filter((s) => s.type === 'xor').map((s) => s.id);

  it('badges the tasks of waste findings and leaves gateways bare', () => {
    const badges = stepBadges(doc, [
      finding('r', 'rework-loop', 'warning', [...gateways, ...tasks]),
    ]);
    expect(badges.map((b) => b.stepId)).toEqual(tasks);
    expect(badges.every((b) => b.kinds.join() === 'rework-loop')).toBe(true);
  });

  it('ignores findings that are not about waste', () => {
    expect(stepBadges(doc, [finding('b', 'bottleneck', 'warning', tasks)])).toEqual([]);
  });

  it('merges several findings on one step, keeping the worst severity and each kind once', () => {
    const [a] = tasks;
    const badges = stepBadges(doc, [
      finding('n1', 'non-value-adding', 'info', [a!]),
      finding('d', 'duplicate-steps', 'warning', [a!]),
      finding('n2', 'non-value-adding', 'info', [a!]),
    ]);
    expect(badges).toEqual([
      {
        stepId: a,
        kinds: ['non-value-adding', 'duplicate-steps'],
        severity: 'warning',
        findings: ['n1', 'd', 'n2'],
      },
    ]);
  });

  it('skips step ids the document does not have', () => {
    expect(stepBadges(doc, [finding('x', 'non-value-adding', 'info', ['ghost'])])).toEqual([]);
  });
});
