import { describe, expect, it } from 'vitest';
import { guessColumns as guessMapping } from './guessColumns';

describe('guessColumns', () => {
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
      'case_id,activity_id,activity,role,ready,start,end,ready_min,start_min,end_min,resource'.split(
        ',',
      );
    expect(guessMapping(header)).toEqual({
      case: 'case_id',
      activity: 'activity',
      start: 'start',
      complete: 'end',
      resource: 'resource',
      role: 'role',
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

  it('reads an expense export whose case column ends in 单号, and leaves placed columns alone', () => {
    const header = ['报销单号', '环节编号', '环节', '部门', '开始时间', '完成时间', '处理人'];
    expect(guessMapping(header)).toEqual({
      case: '报销单号',
      activity: '环节',
      start: '开始时间',
      complete: '完成时间',
      resource: '处理人',
      role: '部门',
    });
    // The user said the case is 环节编号 (odd, but theirs): no other key takes it.
    expect(guessMapping(header, new Set(['环节编号'])).case).toBe('报销单号');
  });
});
