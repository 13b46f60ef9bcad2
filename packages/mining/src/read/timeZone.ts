/** A time zone: a fixed offset in minutes east of UTC, or an IANA name resolved through Intl. */
export type TimeZone = { offsetMinutes: number } | { iana: string };

/**
 * Reads `Z`, `UTC`, `+08:00`, `+0800`, `-05` or an IANA name (`Asia/Shanghai`); undefined when
 * it is none of those. Pure.
 */
export function parseTimeZone(text: string): TimeZone | undefined {
  const t = text.trim();
  if (/^(z|utc|gmt)$/i.test(t)) return { offsetMinutes: 0 };
  const m = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(t);
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    if (minutes > 18 * 60) return undefined;
    return { offsetMinutes: m[1] === '-' ? -minutes : minutes };
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: t });
    return { iana: t };
  } catch {
    return undefined;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The offset of `zone` from UTC, in minutes, at the instant `utcMs`. Pure. */
export function zoneOffsetAt(zone: TimeZone, utcMs: number): number {
  if ('offsetMinutes' in zone) return zone.offsetMinutes;
  let f = formatters.get(zone.iana);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone.iana,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone.iana, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(utcMs))) parts[p.type] = Number(p.value);
  const wall = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/** The UTC instant of a wall-clock time (given as if it were UTC) in `zone`. Pure. */
export function wallToUtc(wallMs: number, zone: TimeZone): number {
  const first = wallMs - zoneOffsetAt(zone, wallMs) * 60_000;
  // A second pass settles wall times near a daylight-saving change.
  return wallMs - zoneOffsetAt(zone, first) * 60_000;
}
