import { describe, expect, it } from 'vitest';
import { parseProcess } from '../parse/parseProcess';
import { simulationDocument } from '../parse/simulationFixtures';
import type { ProcessDocument } from '../types/process';
import { describeDiff } from './describeDiff';
import { diffProcesses } from './diffProcesses';
import { fieldLabel } from './fieldLabels';

const parsed = (): ProcessDocument => {
  const r = parseProcess(simulationDocument());
  if (!r.ok) throw new Error('fixture does not parse');
  return r.document;
};

describe('diffProcesses on the simulation fields', () => {
  it('names a changed batch, sets and terminate in both languages', () => {
    const asIs = parsed();
    const toBe = parsed();
    const work = toBe.steps[1]!;
    if (work.type !== 'task') throw new Error('fixture');
    work.batch = { size: 10 };
    delete work.sets;
    const stop = toBe.steps[7]!;
    if (stop.type === 'end') delete stop.terminate;
    const d = diffProcesses(asIs, toBe);
    expect(
      d.steps.filter((c) => c.kind === 'changed').map((c) => c.kind === 'changed' && c.fields),
    ).toEqual([['batch', 'sets'], ['terminate']]);
    const en = describeDiff(d, asIs, toBe, 'en')
      .map((l) => l.text)
      .join('\n');
    const zh = describeDiff(d, asIs, toBe, 'zh-CN')
      .map((l) => l.text)
      .join('\n');
    expect(en).toContain('batch');
    expect(zh).toContain('批处理');
  });

  it('has a label for every new field', () => {
    expect(fieldLabel('role', 'members', 'zh-CN')).toBe('成员');
    expect(fieldLabel('role', 'queue', 'en')).toBe('queue order');
    expect(fieldLabel('process', 'simulation', 'en')).toBe('simulation settings');
    expect(fieldLabel('step', 'sets', 'zh-CN')).toBe('设置的案例数据');
  });
});
