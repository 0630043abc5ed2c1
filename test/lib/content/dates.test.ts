import { describe, expect, it } from 'vitest';
import { parseContentDate, zoneOffsetMs } from '@/lib/content/dates';

const PARIS = 'Europe/Paris';
const HOUR = 3_600_000;

/** The instant as an ISO string, or null: one readable value to compare. */
function parsed(value: string, timeZone = PARIS): string | null {
  return parseContentDate(value, timeZone)?.toISOString() ?? null;
}

describe('parseContentDate', () => {
  describe('a day alone is midnight in the site time zone', () => {
    it('in winter (UTC+1)', () => {
      expect(parsed('2018-01-29')).toBe('2018-01-28T23:00:00.000Z');
    });

    it('in summer (UTC+2)', () => {
      expect(parsed('2018-07-01')).toBe('2018-06-30T22:00:00.000Z');
    });

    it('in another zone when the site uses one', () => {
      expect(parsed('2018-01-29', 'UTC')).toBe('2018-01-29T00:00:00.000Z');
      expect(parsed('2018-01-29', 'America/New_York')).toBe('2018-01-29T05:00:00.000Z');
    });

    it('accepts 29 February of a leap year only', () => {
      expect(parsed('2020-02-29')).toBe('2020-02-28T23:00:00.000Z');
      expect(parsed('2019-02-29')).toBeNull();
    });
  });

  describe('an explicit offset wins over the site time zone', () => {
    it.each([
      ['2021-03-04T08:30:00+01:00', '2021-03-04T07:30:00.000Z'],
      ['2021-03-04T08:30:00-05:00', '2021-03-04T13:30:00.000Z'],
      ['2021-03-04T08:30:00+0530', '2021-03-04T03:00:00.000Z'],
      ['2021-03-04T08:30:00+02', '2021-03-04T06:30:00.000Z'],
      ['2021-03-04T08:30:00Z', '2021-03-04T08:30:00.000Z'],
      ['2021-03-04T08:30:00.250Z', '2021-03-04T08:30:00.250Z'],
      ['2021-07-04T08:30Z', '2021-07-04T08:30:00.000Z'],
    ])('%s → %s', (value, iso) => {
      expect(parsed(value)).toBe(iso);
    });

    it('reads Hugo dates: space before the time and before the offset', () => {
      expect(parsed('2020-05-14 17:30:00 +0200')).toBe('2020-05-14T15:30:00.000Z');
      expect(parsed('2020-01-14 17:30:00 +0100')).toBe('2020-01-14T16:30:00.000Z');
    });

    it('reads Jekyll dates as Ruby does: one-digit months, days and hours', () => {
      expect(parsed('2015-06-14 5:30:00 -0700')).toBe('2015-06-14T12:30:00.000Z');
      expect(parsed('2015-6-4  9:00 -0700')).toBe('2015-06-04T16:00:00.000Z');
    });
  });

  describe('a wall time without offset is read in the site time zone', () => {
    it.each([
      ['2018-01-29T10:30:00', '2018-01-29T09:30:00.000Z'],
      ['2018-01-29T10:30', '2018-01-29T09:30:00.000Z'],
      ['2018-01-29 10:30:00', '2018-01-29T09:30:00.000Z'],
      ['2018-07-29T10:30:00', '2018-07-29T08:30:00.000Z'],
      ['2018-01-29T10:30:00.5', '2018-01-29T09:30:00.500Z'],
      ['  2018-01-29T10:30:00  ', '2018-01-29T09:30:00.000Z'],
    ])('%j → %s', (value, iso) => {
      expect(parsed(value)).toBe(iso);
    });
  });

  describe('around the changes of time in Paris (2024)', () => {
    // Summer time starts 2024-03-31 at 02:00 local (01:00Z): 02:00–02:59 never happens.
    it.each([
      ['2024-03-31T01:59:00', '2024-03-31T00:59:00.000Z'],
      ['2024-03-31T03:00:00', '2024-03-31T01:00:00.000Z'],
      ['2024-03-31T12:00:00', '2024-03-31T10:00:00.000Z'],
      ['2024-03-31', '2024-03-30T23:00:00.000Z'],
    ])('spring: %s → %s', (value, iso) => {
      expect(parsed(value)).toBe(iso);
    });

    it('reads a skipped wall time with the offset in force before the change', () => {
      expect(parsed('2024-03-31T02:30:00')).toBe('2024-03-31T01:30:00.000Z');
    });

    // Winter time comes back 2024-10-27 at 03:00 local (01:00Z): 02:00–02:59 happens twice.
    it.each([
      ['2024-10-27T01:59:00', '2024-10-26T23:59:00.000Z'],
      ['2024-10-27T03:00:00', '2024-10-27T02:00:00.000Z'],
      ['2024-10-27', '2024-10-26T22:00:00.000Z'],
      ['2024-10-28', '2024-10-27T23:00:00.000Z'],
    ])('autumn: %s → %s', (value, iso) => {
      expect(parsed(value)).toBe(iso);
    });

    it('reads a repeated wall time as its first occurrence', () => {
      expect(parsed('2024-10-27T02:30:00')).toBe('2024-10-27T00:30:00.000Z');
    });
  });

  it.each([
    'not a date',
    '',
    '2018-02-30',
    '2018-04-31',
    '2018-13-01',
    '2018-00-10',
    '2018-01-00',
    '29/01/2018',
    '2018/01/29',
    '2018-01-29T25:00',
    '2018-01-29T24:00',
    '2018-01-29T10:60',
    '2018-01-29T10:30:60',
    '2018-01-29T10:30:00 CEST',
  ])('refuses %j instead of guessing', (value) => {
    expect(parseContentDate(value, PARIS)).toBeNull();
  });
});

describe('zoneOffsetMs', () => {
  it('is +1 h in a Paris winter and +2 h in a Paris summer', () => {
    expect(zoneOffsetMs(Date.UTC(2024, 0, 15, 12), PARIS)).toBe(HOUR);
    expect(zoneOffsetMs(Date.UTC(2024, 6, 15, 12), PARIS)).toBe(2 * HOUR);
  });

  it('changes at the exact instant of the change, not at midnight', () => {
    expect(zoneOffsetMs(Date.UTC(2024, 2, 31, 0, 59, 59), PARIS)).toBe(HOUR);
    expect(zoneOffsetMs(Date.UTC(2024, 2, 31, 1, 0, 0), PARIS)).toBe(2 * HOUR);
    expect(zoneOffsetMs(Date.UTC(2024, 9, 27, 0, 59, 59), PARIS)).toBe(2 * HOUR);
    expect(zoneOffsetMs(Date.UTC(2024, 9, 27, 1, 0, 0), PARIS)).toBe(HOUR);
  });

  it('is a whole offset even for an instant with milliseconds', () => {
    expect(zoneOffsetMs(Date.UTC(2024, 0, 15, 12, 0, 0, 999), PARIS)).toBe(HOUR);
  });

  it('is 0 in UTC and negative west of Greenwich', () => {
    expect(zoneOffsetMs(Date.UTC(2024, 0, 15), 'UTC')).toBe(0);
    expect(zoneOffsetMs(Date.UTC(2024, 0, 15), 'America/New_York')).toBe(-5 * HOUR);
    expect(zoneOffsetMs(Date.UTC(2024, 0, 15), 'Asia/Kolkata')).toBe(5.5 * HOUR);
  });
});
