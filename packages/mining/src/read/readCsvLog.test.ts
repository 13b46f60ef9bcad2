import { describe, expect, it } from 'vitest';
import { MiningError } from '../messages/MiningError';
import { readCsvLog } from './readCsvLog';

const text = [
  'Ticket,Step,Start,Done,Who,Dept,Priority',
  't1,登记,2024/3/5 09:00,2024/3/5 09:10,张三,前台,high',
  't1,"Review, ""quick""",2024年3月5日 10:00,2024年3月5日 10:30,李四,审核,high',
  't2,登记,,2024-03-05T11:00:00+08:00,张三,前台,low',
  't2,Review,not a date,2024-03-05 12:00,李四,审核,low',
  't3,,2024-03-05 12:00,2024-03-05 12:10,x,y,low',
  't3,only,two',
  ',登记,2024-03-05 12:00,2024-03-05 12:10,x,y,low',
  't4,__proto__,2024-03-05 13:00,2024-03-05 12:00,x,y,low',
  't5,__proto__,2024-03-05 13:00,2024-03-05 14:00,x,y,<script>',
].join('\r\n');

describe('readCsvLog', () => {
  it('maps columns, reads Chinese and ISO dates in a zone, and quoted fields', async () => {
    const { log } = await readCsvLog(text, {
      mapping: {
        case: 'Ticket',
        activity: 'Step',
        start: 'Start',
        complete: 'Done',
        resource: 'Who',
        role: 'Dept',
        attributes: ['Priority'],
        timezone: 'Asia/Shanghai',
      },
    });
    expect(log.cases.map((c) => c.id)).toEqual(['t1', 't2', 't5']);
    const t1 = log.cases[0]!;
    expect(t1.events.map((e) => e.activity)).toEqual(['登记', 'Review, "quick"']);
    expect(t1.events[0]!.start).toBe(Date.parse('2024-03-05T01:00:00Z'));
    expect(t1.events[1]!.complete).toBe(Date.parse('2024-03-05T02:30:00Z'));
    expect(t1.attributes.Priority).toBe('high');
    expect(log.cases[1]!.events[0]!.start).toBeUndefined();
    expect(log.cases[2]!.events[0]!.activity).toBe('__proto__');
    expect(log.cases[2]!.attributes.Priority).toBe('<script>');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('reports every bad row with its line, in en and zh-CN, and leaves it out', async () => {
    const mapping = { case: 'Ticket', activity: 'Step', start: 'Start', complete: 'Done' };
    const { problems } = await readCsvLog(text, { mapping });
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [5, 'row.badTime'],
      [6, 'row.noActivity'],
      [7, 'row.columns'],
      [8, 'row.noCase'],
      [9, 'row.startAfterComplete'],
    ]);
    const zh = await readCsvLog(text, { mapping, lang: 'zh-CN' });
    expect(zh.problems[0]!.message).toContain('不是有效的日期时间');
  });

  it('reads the same from chunks split anywhere, bytes included', async () => {
    const whole = await readCsvLog(text, {
      mapping: { case: 'Ticket', activity: 'Step', complete: 'Done' },
    });
    const { TextEncoder: Encoder } = globalThis as unknown as {
      TextEncoder: new () => { encode(s: string): Uint8Array };
    };
    const bytes = new Encoder().encode(text);
    const chunks = function* () {
      for (let i = 0; i < bytes.length; i += 7) yield bytes.slice(i, i + 7);
    };
    const split = await readCsvLog(chunks(), {
      mapping: { case: 'Ticket', activity: 'Step', complete: 'Done' },
    });
    expect(split.log).toEqual(whole.log);
    expect(split.problems).toEqual(whole.problems);
  });

  it('guesses common column names and refuses a mapping that does not fit', async () => {
    const { log } = await readCsvLog(
      'case_id;activity;timestamp\n1;a;2024-01-01 10:00\n1;b;2024-01-01 11:00\n',
    );
    expect(log.cases[0]!.events.map((e) => e.activity)).toEqual(['a', 'b']);
    await expect(readCsvLog('x,y\n1,2\n')).rejects.toBeInstanceOf(MiningError);
    await expect(readCsvLog(text, { mapping: { case: 'Nope' } })).rejects.toThrow(/Nope/);
  });

  it('gives an empty log for an empty text', async () => {
    const r = await readCsvLog('');
    expect(r.log.cases).toEqual([]);
  });
});
