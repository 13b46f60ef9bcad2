import { describe, expect, it } from 'vitest';
import { mayRunRoom, parseRoleMessage } from './roomRole';

const link = { server: 'ws://127.0.0.1:1', room: 'r', token: 't' };

describe('parseRoleMessage', () => {
  it('reads the server’s role message', () => {
    const payload = JSON.stringify({
      type: 'flowsmith.role',
      role: 'participant',
      permissions: { participantsMayDeleteProcess: true, participantsMayChangeRoles: false },
    });
    expect(parseRoleMessage(payload)).toEqual({
      role: 'participant',
      permissions: { participantsMayDeleteProcess: true, participantsMayChangeRoles: false },
    });
    expect(parseRoleMessage('{"type":"flowsmith.role","role":"facilitator"}')).toEqual({
      role: 'facilitator',
      permissions: { participantsMayDeleteProcess: false, participantsMayChangeRoles: false },
    });
  });

  it('ignores other stateless messages, bad JSON and unknown roles', () => {
    expect(parseRoleMessage('not json')).toBeNull();
    expect(parseRoleMessage('null')).toBeNull();
    expect(parseRoleMessage('{"type":"chat","role":"facilitator"}')).toBeNull();
    expect(parseRoleMessage('{"type":"flowsmith.role","role":"admin"}')).toBeNull();
  });
});

describe('mayRunRoom', () => {
  const as = (role: 'facilitator' | 'participant') => ({
    role,
    permissions: { participantsMayDeleteProcess: false, participantsMayChangeRoles: false },
  });
  it('lets the facilitator and a user outside any room run the timer and votes, not a participant', () => {
    expect(mayRunRoom({ link: null, role: null })).toBe(true);
    expect(mayRunRoom({ link, role: as('facilitator') })).toBe(true);
    expect(mayRunRoom({ link, role: as('participant') })).toBe(false);
    // not told yet: the server decides
    expect(mayRunRoom({ link, role: null })).toBe(true);
  });
});
