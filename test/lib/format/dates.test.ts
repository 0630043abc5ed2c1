import { describe, expect, it } from 'vitest';
import { calendarDay, formatDate, formatMonth, yearMonth } from '@/lib/format/dates';

describe('formatDate', () => {
  it('writes a date in French by default', () => {
    expect(formatDate('2018-01-29T10:00:00Z')).toBe('29 janvier 2018');
  });

  it('shows the Paris day for a post published just before midnight UTC', () => {
    expect(formatDate('2018-01-28T23:30:00Z')).toBe('29 janvier 2018');
    expect(formatDate('2018-01-28T22:30:00Z')).toBe('28 janvier 2018');
  });

  it('uses the summer offset in summer', () => {
    expect(formatDate('2019-06-30T22:30:00Z')).toBe('1 juillet 2019');
    expect(formatDate('2019-06-30T21:30:00Z')).toBe('30 juin 2019');
  });

  it('writes the date of a day-only front-matter date unchanged (midnight in Paris)', () => {
    expect(formatDate('2018-01-28T23:00:00.000Z')).toBe('29 janvier 2018');
  });

  it('writes in English when given an English locale', () => {
    expect(formatDate('2018-01-29T10:00:00Z', 'en-GB')).toBe('29 January 2018');
    expect(formatDate('2018-01-29T10:00:00Z', 'en-US')).toBe('January 29, 2018');
  });

  it('follows the time zone it is given', () => {
    expect(formatDate('2018-01-28T23:30:00Z', 'fr-FR', 'UTC')).toBe('28 janvier 2018');
  });
});

describe('formatMonth', () => {
  it('writes the month and year in French', () => {
    expect(formatMonth('2018-01-15T10:00:00Z')).toBe('janvier 2018');
  });

  it('names the Paris month around midnight UTC', () => {
    expect(formatMonth('2018-01-31T23:30:00Z')).toBe('février 2018');
    expect(formatMonth('2018-12-31T23:30:00Z')).toBe('janvier 2019');
  });

  it('writes in English when asked', () => {
    expect(formatMonth('2018-02-15T10:00:00Z', 'en-GB')).toBe('February 2018');
  });
});

describe('yearMonth', () => {
  it('gives the year and month (1–12) seen in Paris', () => {
    expect(yearMonth('2018-01-15T10:00:00Z')).toEqual({ year: 2018, month: 1 });
    expect(yearMonth('2018-01-31T23:30:00Z')).toEqual({ year: 2018, month: 2 });
    expect(yearMonth('2018-12-31T23:30:00Z')).toEqual({ year: 2019, month: 1 });
  });

  it('follows the time zone it is given', () => {
    expect(yearMonth('2018-12-31T23:30:00Z', 'UTC')).toEqual({ year: 2018, month: 12 });
  });
});

describe('calendarDay', () => {
  it('gives the Paris day as YYYY-MM-DD', () => {
    expect(calendarDay('2018-01-29T10:00:00Z')).toBe('2018-01-29');
    expect(calendarDay('2018-01-28T23:30:00Z')).toBe('2018-01-29');
    expect(calendarDay('2019-06-30T22:30:00Z')).toBe('2019-07-01');
  });

  it('sorts like the days it names', () => {
    const days = ['2019-06-30T22:30:00Z', '2018-01-28T23:30:00Z', '2018-12-31T12:00:00Z'].map(
      (iso) => calendarDay(iso),
    );
    expect([...days].sort()).toEqual(['2018-01-29', '2018-12-31', '2019-07-01']);
  });

  it('follows the time zone it is given', () => {
    expect(calendarDay('2018-01-28T23:30:00Z', 'UTC')).toBe('2018-01-28');
  });
});
