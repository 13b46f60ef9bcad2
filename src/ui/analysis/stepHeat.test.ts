import { describe, expect, it } from 'vitest';
import { analyze } from '@flowsmith/analysis';
import { gallery } from '@flowsmith/model';
import { stepHeat } from './stepHeat';

describe('stepHeat', () => {
  it('gives each task its role utilisation and predicted wait', () => {
    const doc = gallery.mm1;
    const { metrics } = analyze(doc);
    const heat = stepHeat(doc, metrics);
    const task = doc.steps.find((s) => s.type === 'task')!;
    expect(task.type === 'task' && task.role).toBeTruthy();
    const role = task.type === 'task' ? task.role! : '';
    expect(heat[task.id]!.utilization).toBeCloseTo(metrics.roles[role]!.utilization);
    expect(heat[task.id]!.waitMean).toBeCloseTo(metrics.steps[task.id]!.waitMean);
  });
  it('leaves out starts, ends and gateways', () => {
    const doc = gallery.xorSplitJoin;
    const heat = stepHeat(doc, analyze(doc).metrics);
    for (const s of doc.steps)
      if (s.type === 'start' || s.type === 'end' || s.type === 'xor')
        expect(heat[s.id]).toBeUndefined();
    expect(Object.keys(heat).length).toBeGreaterThan(0);
  });
  it('gives a timer its wait but no utilisation', () => {
    const doc = gallery.timerWait;
    const heat = stepHeat(doc, analyze(doc).metrics);
    const timer = doc.steps.find((s) => s.type === 'timer')!;
    expect(heat[timer.id]!.utilization).toBeUndefined();
    expect(heat[timer.id]!.waitMean).toBeGreaterThan(0);
  });
  it('is not fooled by a step called __proto__', () => {
    const doc = {
      ...gallery.mm1,
      steps: gallery.mm1.steps.map((s) => (s.type === 'task' ? { ...s, id: '__proto__' } : s)),
      flows: gallery.mm1.flows.map((f) => ({
        ...f,
        from: f.from === 'serve' ? '__proto__' : f.from,
        to: f.to === 'serve' ? '__proto__' : f.to,
      })),
    };
    const heat = stepHeat(doc, analyze(doc).metrics);
    expect(Object.keys(heat)).toContain('__proto__');
  });
});
