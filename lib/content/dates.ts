/**
 * Front-matter dates. Accepted forms:
 *   2018-01-29                     (midnight in the site's time zone)
 *   2018-01-29T10:30[:00[.000]]    (wall time in the site's time zone; a space may replace the T)
 *   2021-03-04T08:30:00+01:00      (ISO 8601 with an offset, or Z)
 *   2020-05-14 17:30:00 +0200      (Hugo)
 * and, as Jekyll (Ruby) reads them, one-digit months, days and hours: 2015-6-4 5:30:00 -0700.
 */
const DATE_PATTERN =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export const ACCEPTED_DATE_FORMS =
  '2018-01-29, 2018-01-29T10:30:00, 2018-01-29T10:30:00+01:00 or 2018-01-29 10:30:00 +0100';

/** Parses a front-matter date, or returns null when it is not one of the accepted forms or not a real day. */
export function parseContentDate(value: string, timeZone: string): Date | null {
  const m = DATE_PATTERN.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', offset] = m;
  const fields = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [year, month, day, hour, minute, second] = fields;
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC rolls 2018-02-30 over to March: a day that does not exist is refused, not moved.
  if (new Date(wall).getUTCDate() !== day) return null;
  if (offset) return new Date(wall - offsetMinutes(offset) * 60_000);
  return new Date(zonedWallTimeToUtc(wall, timeZone));
}

function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/** The offset of `timeZone` from UTC at the instant `utcMs`, in milliseconds. */
export function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The UTC instant at which the clocks of `timeZone` show `wallMs` (a wall time encoded as if UTC).
 * A wall time that happens twice (the hour repeated when DST ends) is its first occurrence; one
 * that never happens (the hour skipped when DST starts) is read with the offset in force before.
 */
function zonedWallTimeToUtc(wallMs: number, timeZone: string): number {
  const DAY = 86_400_000;
  const before = zoneOffsetMs(wallMs - DAY, timeZone);
  const after = zoneOffsetMs(wallMs + DAY, timeZone);
  const candidates = [wallMs - before, wallMs - after].filter(
    (utc) => utc + zoneOffsetMs(utc, timeZone) === wallMs,
  );
  return candidates.length > 0 ? Math.min(...candidates) : wallMs - before;
}

/** An update date (ISO) counts only when it is later than the publication. */
export function laterUpdate(published: string, updated: string | undefined): string | undefined {
  return updated && Date.parse(updated) > Date.parse(published) ? updated : undefined;
}
