import { describe, expect, it } from 'vitest';
import { readXesLog } from './readXesLog';

const xes = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment with <event> inside -->
<log xes.version="1.0">
  <global scope="event"><string key="concept:name" value="__INVALID__"/></global>
  <trace>
    <string key="concept:name" value="c1"/>
    <int key="amount" value="42"/>
    <event>
      <string key="concept:name" value="a &amp; b"/>
      <string key="org:resource" value="ann"/>
      <string key="lifecycle:transition" value="start"/>
      <date key="time:timestamp" value="2024-01-01T10:00:00+01:00"/>
    </event>
    <event>
      <string key="concept:name" value="a &amp; b"/>
      <string key="lifecycle:transition" value="complete"/>
      <date key="time:timestamp" value="2024-01-01T10:30:00+01:00"/>
      <list key="nested"><string key="concept:name" value="not me"/></list>
    </event>
    <event>
      <string key="concept:name" value="&lt;script&gt;"/>
      <date key="time:timestamp" value="never"/>
    </event>
    <event>
      <string key="concept:name" value="__proto__"/>
      <date key="time:timestamp" value="2024-01-01T11:00:00Z"/>
    </event>
  </trace>
  <trace><string key="concept:name" value="c1"/><event><string key="concept:name" value="x"/></event></trace>
</log>`;

describe('readXesLog', () => {
  it('pairs start and complete, decodes entities, skips globals and nested attributes', async () => {
    const { log, problems } = await readXesLog(xes);
    expect(log.cases.map((c) => c.id)).toEqual(['c1', 'c1#2']);
    const [c1] = log.cases;
    expect(c1!.attributes.amount).toBe(42);
    expect(c1!.events).toEqual([
      {
        activity: 'a & b',
        start: Date.parse('2024-01-01T09:00:00Z'),
        complete: Date.parse('2024-01-01T09:30:00Z'),
        resource: 'ann',
      },
      { activity: '__proto__', complete: Date.parse('2024-01-01T11:00:00Z') },
    ]);
    expect(problems).toEqual([expect.objectContaining({ line: 20, code: 'xes.noTime' })]);
    expect(log.hasStart).toBe(true);
  });

  it('reads the same whatever the chunk boundaries', async () => {
    const whole = await readXesLog(xes);
    for (const size of [1, 5, 64]) {
      const chunks: string[] = [];
      for (let i = 0; i < xes.length; i += size) chunks.push(xes.slice(i, i + size));
      expect(await readXesLog(chunks)).toEqual(whole);
    }
  });

  it('never throws on broken or empty input', async () => {
    for (const bad of ['', '<log><trace><event>', '<<<>>>', 'not xml at all', '<trace></log>'])
      expect((await readXesLog(bad)).log.cases).toEqual([]);
  });
});
