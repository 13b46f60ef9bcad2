import { describe, expect, it } from 'vitest';
import { parseProcess } from '@flowsmith/model';
import { tokenReplay } from '../conform/tokenReplay';
import { logOf } from '../testing/logOf';
import { discoverProcess } from './discoverProcess';

const valid = (doc: unknown) => parseProcess(JSON.parse(JSON.stringify(doc))).ok;

describe('discoverProcess', () => {
  it('keeps hostile activity names as plain names', () => {
    const log = logOf('ab', 'ab');
    const names = ['__proto__', '<script>alert(1)</script>'];
    for (const c of log.cases)
      c.events.forEach((e, i) => {
        e.activity = names[i]!;
        e.start = e.complete - 30_000 * (i + 1);
      });
    log.hasStart = true;
    const found = discoverProcess(log, { noise: 0 });
    expect(valid(found.document)).toBe(true);
    expect(found.document.steps.filter((s) => s.type === 'task').map((s) => s.name)).toEqual(names);
    expect(Object.keys(found.fits)).toEqual(names);
    expect(tokenReplay(found.document, log).fitness).toBe(1);
    expect(({} as Record<string, unknown>).ab).toBeUndefined();
  });

  it('gives a valid start-to-end document for an empty log', () => {
    const found = discoverProcess(logOf(), { lang: 'zh-CN' });
    expect(valid(found.document)).toBe(true);
    expect(found.document.steps.map((s) => s.name)).toEqual(['开始', '结束']);
  });

  it('says in the description that complete-only logs give sojourn times, in en and zh-CN', () => {
    expect(discoverProcess(logOf('ab', 'abb')).document.description).toContain('sojourn times');
    expect(discoverProcess(logOf('ab'), { lang: 'zh-CN' }).document.description).toContain(
      '逗留时间',
    );
  });

  it('puts branch probabilities on the choice that add up to 1', () => {
    const doc = discoverProcess(logOf('abd', 'abd', 'abd', 'acd'), { noise: 0 }).document;
    const out = doc.flows.filter((f) => f.probability !== undefined);
    expect(out.map((f) => f.probability).sort()).toEqual([0.25, 0.75]);
  });
});
