import { describe, expect, it } from 'vitest';
import { parseTimestamp } from './parseTimestamp';
import { parseTimeZone } from './timeZone';

const utc = (s: string) => Date.parse(s);

describe('parseTimestamp', () => {
  it('reads ISO 8601 with and without offsets, fractions and a space for T', () => {
    expect(parseTimestamp('2024-03-05T14:30:00Z')).toBe(utc('2024-03-05T14:30:00Z'));
    expect(parseTimestamp('2024-03-05T14:30:00.250+08:00')).toBe(utc('2024-03-05T06:30:00.250Z'));
    expect(parseTimestamp('2010-12-30 14:32:00+01:00')).toBe(utc('2010-12-30T13:32:00Z'));
    expect(parseTimestamp('2024-03-05')).toBe(utc('2024-03-05T00:00:00Z'));
  });

  it('reads slashes and Chinese dates, in the zone given', () => {
    const shanghai = parseTimeZone('Asia/Shanghai')!;
    expect(parseTimestamp('2024/3/5 14:30', shanghai)).toBe(utc('2024-03-05T06:30:00Z'));
    expect(parseTimestamp('2024年3月5日 14:30', shanghai)).toBe(utc('2024-03-05T06:30:00Z'));
    expect(parseTimestamp('2024年3月5日14时30分5秒')).toBe(utc('2024-03-05T14:30:05Z'));
    expect(parseTimestamp('2024年3月5日 下午2:30', parseTimeZone('+08:00'))).toBe(
      utc('2024-03-05T06:30:00Z'),
    );
  });

  it('follows daylight saving time of an IANA zone', () => {
    const berlin = parseTimeZone('Europe/Berlin')!;
    expect(parseTimestamp('2024-01-15 12:00', berlin)).toBe(utc('2024-01-15T11:00:00Z'));
    expect(parseTimestamp('2024-07-15 12:00', berlin)).toBe(utc('2024-07-15T10:00:00Z'));
  });

  it('refuses what is not a date', () => {
    for (const bad of ['', 'yesterday', '2024-02-30', '2024-13-01 10:00', '12/03/2024', '<script>'])
      expect(parseTimestamp(bad)).toBeUndefined();
    expect(parseTimeZone('Mars/Olympus')).toBeUndefined();
  });
});
