import { describe, it, expect } from 'vitest';
import { gallery, type ProcessDocument, type Role } from '@flowsmith/model';
import { addMemberChanges, freshMemberId, membersChanges, withDuration } from './peopleEdit';

const role: Role = { id: 'clerk', name: 'Clerk', capacity: 2 };

describe('the People table’s role changes', () => {
  it('make the people the capacity: a written capacity is cleared with the first person', () => {
    const doc = gallery.mm1;
    expect(addMemberChanges(doc, role, 'Ann')).toEqual({
      members: [{ id: 'person1', name: 'Ann' }],
      capacity: null,
    });
  });

  it('give the role back a capacity of as many people when the last one goes', () => {
    const staffed: Role = { id: 'clerk', name: 'Clerk', members: [{ id: 'a' }, { id: 'b' }] };
    expect(membersChanges(staffed, [])).toEqual({ members: null, capacity: 2 });
  });

  it('pick member ids no role uses (one id in two roles is one person)', () => {
    const doc = {
      ...gallery.mm1,
      roles: [
        { id: 'r1', name: 'R1', members: [{ id: 'person1' }, { id: 'person3' }] },
        { id: 'r2', name: 'R2', members: [{ id: 'person1' }] },
      ],
    } as ProcessDocument;
    expect(freshMemberId(doc)).toBe('person4');
  });

  it('set and clear a person’s own duration for a task', () => {
    const m = withDuration({ id: 'a' }, 'serve', { dist: 'fixed', value: 5 });
    expect(m).toEqual({ id: 'a', durations: { serve: { dist: 'fixed', value: 5 } } });
    expect(withDuration(m, 'serve', undefined)).toEqual({ id: 'a' });
  });
});
