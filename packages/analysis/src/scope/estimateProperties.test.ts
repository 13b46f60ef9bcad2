import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { generateProcess, type Calendar, type ProcessDocument, type Step } from '@flowsmith/model';
import { analyze } from '../analyze';

const CALENDARS: Calendar[] = [
  {
    id: 'office',
    week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
  },
  { id: 'late', week: [{ days: ['mon', 'wed', 'fri'], from: '13:00:30', to: '17:00' }] },
  { id: 'tuesday', week: [{ days: ['tue'], from: '10:00', to: '11:00' }] },
];

/** A generated process with the new fields sprinkled in by `pick` (0..1 draws). */
function withNewFields(seed: number, picks: number[]): ProcessDocument {
  const doc = generateProcess({ steps: 12 + (seed % 20), seed });
  let k = 0;
  const pick = () => picks[k++ % picks.length]!;
  doc.calendars = CALENDARS;
  doc.roles = doc.roles.map((r, i) => {
    const p = pick();
    if (p < 0.3) return { ...r, calendar: CALENDARS[i % 2]!.id };
    if (p < 0.6)
      return {
        ...r,
        capacity: undefined,
        members: [
          {
            id: `${r.id}-a`,
            speed: 0.5 + pick() * 2,
            calendar: pick() < 0.5 ? 'office' : undefined,
          },
          { id: `${r.id}-b`, costPerHour: 10 + 100 * pick() },
        ],
      } as typeof r;
    return r;
  });
  doc.steps = doc.steps.map((s): Step => {
    const p = pick();
    if (s.type === 'xor' && p < 0.5) return { ...s, type: 'or' };
    if (s.type === 'end' && p < 0.5) return { ...s, terminate: true };
    if (s.type === 'task' && p < 0.25)
      return {
        ...s,
        batch:
          pick() < 0.5
            ? { size: 2 + Math.floor(pick() * 5), perCase: pick() }
            : { schedule: 'tuesday', window: { value: 1 + Math.floor(pick() * 3), unit: 'd' } },
      };
    if (s.type === 'start' && s.arrival && p < 0.5)
      return {
        ...s,
        arrival: {
          ...s.arrival,
          calendar: 'office',
          rule: pick() < 0.5 ? 'wallClock' : 'openTime',
          profile: { hours: Array.from({ length: 24 }, () => pick()) },
        },
      };
    return s;
  });
  return doc;
}

const sane = (x: number) => !Number.isNaN(x) && x >= 0;

describe('the estimate on random documents with the new fields', () => {
  it('is never NaN or negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 40 }),
        (seed, picks) => {
          const { metrics } = analyze(withNewFields(seed, picks), { suggestions: false });
          expect(sane(metrics.cycleTime.mean)).toBe(true);
          expect(sane(metrics.cycleTime.touch)).toBe(true);
          expect(sane(metrics.costPerCase)).toBe(true);
          for (const s of Object.values(metrics.steps)) {
            expect(sane(s.waitMean)).toBe(true);
            expect(sane(s.visits)).toBe(true);
          }
          for (const r of Object.values(metrics.roles)) {
            expect(sane(r.utilization)).toBe(true);
            expect(sane(r.waitMean)).toBe(true);
          }
        },
      ),
      // A batch step in an or loop whose tokens multiply (unbounded visits) once gave NaN.
      { numRuns: 40, examples: [[1767, [0, 0, 0, 0, 0.5, 0, 0, 0]]] },
    );
  });

  it('its findings, advice and predicted effects never crash nor give NaN', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 40 }),
        (seed, picks) => {
          const { findings } = analyze(withNewFields(seed, picks), { effects: true });
          for (const f of findings) {
            expect(Number.isNaN(f.impact.leadTimeMinutes)).toBe(false);
            for (const s of f.suggestions)
              if (s.effect) expect(Number.isNaN(s.effect.cycleTimeMean)).toBe(false);
          }
        },
      ),
      { numRuns: 6 },
    );
  });
});
