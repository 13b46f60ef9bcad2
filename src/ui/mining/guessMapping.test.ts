import { describe, expect, it } from 'vitest';
import { guessMapping, isComplete, toColumnMapping } from './guessMapping';

describe('guessMapping', () => {
  it('reads an XES-style English header', () => {
    const header = ['', 'concept:name', 'org:resource', 'time:timestamp', 'case:concept:name'];
    expect(guessMapping(header)).toEqual({
      case: 'case:concept:name',
      activity: 'concept:name',
      complete: 'time:timestamp',
      resource: 'org:resource',
    });
  });

  it('reads a plain English header with start and end', () => {
    expect(
      guessMapping(['Case ID', 'Activity', 'Start Time', 'End Time', 'User', 'Department']),
    ).toEqual({
      case: 'Case ID',
      activity: 'Activity',
      start: 'Start Time',
      complete: 'End Time',
      resource: 'User',
      role: 'Department',
    });
  });

  it("reads the event log Flowsmith's own simulation writes", () => {
    const header =
      'case_id,activity_id,activity,resource,ready,start,end,ready_min,start_min,end_min'.split(
        ',',
      );
    expect(guessMapping(header)).toEqual({
      case: 'case_id',
      activity: 'activity',
      start: 'start',
      complete: 'end',
      resource: 'resource',
    });
  });

  it('reads Chinese headers from OA and ticket exports', () => {
    expect(guessMapping(['工单号', '活动', '时间', '处理人'])).toEqual({
      case: '工单号',
      activity: '活动',
      complete: '时间',
      resource: '处理人',
    });
    expect(guessMapping(['案例编号', '环节', '开始时间', '完成时间', '经办人', '部门'])).toEqual({
      case: '案例编号',
      activity: '环节',
      start: '开始时间',
      complete: '完成时间',
      resource: '经办人',
      role: '部门',
    });
  });

  it('finds columns by a telling word and never uses a column twice', () => {
    const g = guessMapping(['Ticket number', 'Activity label', 'Completed at', 'Notes']);
    expect(g).toEqual({ activity: 'Activity label', complete: 'Completed at' });
    expect(new Set(Object.values(g)).size).toBe(Object.values(g).length);
  });

  it('says whether a draft can be read and turns it into the reader mapping', () => {
    expect(isComplete({ case: 'a', activity: 'b' })).toBe(false);
    expect(isComplete({ case: 'a', activity: 'b', start: 'c' })).toBe(true);
    expect(toColumnMapping({ case: 'a', activity: 'b', complete: 'c' }, 'Asia/Shanghai')).toEqual({
      attributes: [],
      case: 'a',
      activity: 'b',
      complete: 'c',
      timezone: 'Asia/Shanghai',
    });
  });
});
