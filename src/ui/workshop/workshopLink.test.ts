import { describe, expect, it } from 'vitest';
import { parseWorkshopLink, withoutWorkshopParams } from './workshopLink';

describe('parseWorkshopLink', () => {
  it('reads the server room link (fragment)', () => {
    const href =
      'http://127.0.0.1:5173/#workshop=ws%3A%2F%2F127.0.0.1%3A4321&room=r1&token=abcdefghijklmnop';
    expect(parseWorkshopLink(href)).toEqual({
      server: 'ws://127.0.0.1:4321',
      room: 'r1',
      token: 'abcdefghijklmnop',
    });
  });

  it('reads ?room=…&token=… with the server given apart', () => {
    expect(parseWorkshopLink('http://x/?room=a-b&token=t', 'ws://h:1')).toEqual({
      server: 'ws://h:1',
      room: 'a-b',
      token: 't',
    });
  });

  it('refuses an incomplete link, a bad room id and a server that is not a WebSocket', () => {
    expect(parseWorkshopLink('http://x/?room=a', 'ws://h:1')).toBeNull();
    expect(parseWorkshopLink('http://x/?room=a/b&token=t', 'ws://h:1')).toBeNull();
    expect(parseWorkshopLink('http://x/?room=a&token=t&workshop=javascript:alert(1)')).toBeNull();
    expect(parseWorkshopLink('http://x/?room=a&token=t')).toBeNull();
  });

  it('takes the workshop out of the address', () => {
    expect(withoutWorkshopParams('http://x/?room=a&token=t&lang=en')).toBe('http://x/?lang=en');
    expect(withoutWorkshopParams('http://x/#workshop=ws%3A%2F%2Fh&room=a&token=t')).toBe(
      'http://x/',
    );
  });
});
