import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extraPageNumbers,
  PAGE_GAP,
  pageWindow,
  paginate,
  parsePageNumber,
} from '@/lib/posts/pagination';

describe('parsePageNumber', () => {
  it.each([
    ['1', 1],
    ['2', 2],
    ['10', 10],
    ['999999', 999_999],
  ])('reads %j as page %i', (param, page) => {
    expect(parsePageNumber(param)).toBe(page);
  });

  it.each([
    '0',
    '02',
    '-1',
    '+2',
    '2.5',
    '1e3',
    'abc',
    '2abc',
    ' 2',
    '',
    '١',
    '1000000',
    '99999999999999999999',
  ])('refuses %j so that its URL is a 404, not a duplicate page', (param) => {
    expect(parsePageNumber(param)).toBeNull();
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 25 }, (_, i) => i + 1);

  it('gives the first page its items and the page count', () => {
    expect(paginate(items, 1, 10)).toEqual({
      items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      page: 1,
      totalPages: 3,
    });
  });

  it('gives a middle page the next items', () => {
    expect(paginate(items, 2, 10)?.items).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
  });

  it('gives the last page the remaining items only', () => {
    expect(paginate(items, 3, 10)).toEqual({ items: [21, 22, 23, 24, 25], page: 3, totalPages: 3 });
  });

  it('has no extra page when the count is a multiple of the page size', () => {
    expect(paginate(items.slice(0, 20), 2, 10)?.totalPages).toBe(2);
    expect(paginate(items.slice(0, 20), 3, 10)).toBeNull();
  });

  it('is null before the first page and past the last one', () => {
    expect(paginate(items, 0, 10)).toBeNull();
    expect(paginate(items, -1, 10)).toBeNull();
    expect(paginate(items, 4, 10)).toBeNull();
  });

  it('is null for a page that is not a whole number', () => {
    expect(paginate(items, 1.5, 10)).toBeNull();
    expect(paginate(items, Number.NaN, 10)).toBeNull();
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, totalPages: 1 });
    expect(paginate([], 2, 10)).toBeNull();
  });
});

describe('extraPageNumbers', () => {
  it.each([
    [0, []],
    [1, []],
    [10, []],
    [11, [2]],
    [25, [2, 3]],
    [30, [2, 3]],
    [31, [2, 3, 4]],
  ])('for %i posts, 10 per page, prerenders pages %j', (count, pages) => {
    expect(extraPageNumbers(count, 10)).toEqual(pages);
  });

  it('lists exactly the pages paginate serves after the first', () => {
    const items = Array.from({ length: 47 }, (_, i) => i);
    for (const n of extraPageNumbers(items.length, 10))
      expect(paginate(items, n, 10)).not.toBeNull();
    expect(paginate(items, Math.max(...extraPageNumbers(items.length, 10)) + 1, 10)).toBeNull();
  });
});

describe('pageWindow', () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 100, [1, 2, 3, PAGE_GAP, 100]],
    [50, 100, [1, PAGE_GAP, 48, 49, 50, 51, 52, PAGE_GAP, 100]],
    [100, 100, [1, PAGE_GAP, 98, 99, 100]],
    // A gap would hide page 2 alone: page 2 is shown instead.
    [5, 100, [1, 2, 3, 4, 5, 6, 7, PAGE_GAP, 100]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
  ])('on page %i of %i shows %j', (page, total, expected) => {
    expect(pageWindow(page, total)).toEqual(expected);
  });

  it('always shows the first, the current and the last page in order, at most nine items, never a gap for one page', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 100_000 })
          .chain((total) => fc.tuple(fc.integer({ min: 1, max: total }), fc.constant(total))),
        ([page, total]) => {
          const window = pageWindow(page, total);
          const numbers = window.filter((n): n is number => n !== PAGE_GAP);
          expect(numbers[0]).toBe(1);
          expect(numbers.at(-1)).toBe(total);
          expect(numbers).toContain(page);
          expect(window.length).toBeLessThanOrEqual(9);
          for (const [i, n] of numbers.entries())
            if (i > 0) expect(n).toBeGreaterThan(numbers[i - 1] ?? 0);
          for (const [i, item] of window.entries()) {
            const before = window[i - 1];
            const after = window[i + 1];
            if (item === PAGE_GAP && typeof before === 'number' && typeof after === 'number')
              expect(after - before).toBeGreaterThan(2);
            if (typeof item === 'number' && typeof before === 'number')
              expect(item - before).toBe(1);
          }
        },
      ),
    );
  });
});
