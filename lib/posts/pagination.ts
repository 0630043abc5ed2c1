export interface Page<T> {
  items: T[];
  /** 1-based. */
  page: number;
  totalPages: number;
}

/** A route parameter such as `2` as a page number; anything else (`0`, `02`, `2.5`, `abc`) is null. */
export function parsePageNumber(param: string): number | null {
  return /^[1-9]\d{0,5}$/.test(param) ? Number(param) : null;
}

/** Page `page` of `items`, or null past the end. An empty list still has a page 1. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): Page<T> | null {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  return { items: items.slice((page - 1) * perPage, page * perPage), page, totalPages };
}

/** Page numbers from 2 to the last, for generateStaticParams (page 1 is the listing's own URL). */
export function extraPageNumbers(count: number, perPage: number): number[] {
  const totalPages = Math.max(1, Math.ceil(count / perPage));
  return Array.from({ length: totalPages - 1 }, (_, i) => i + 2);
}

/** A hole in a pagination bar: pages left out between two shown numbers. */
export const PAGE_GAP = 'gap';

/**
 * The page numbers a pagination bar shows: the first and the last page, and the pages within
 * `around` of the current one; a gap stands for the pages left out, unless it would hide a single
 * page, which is then shown instead. The bar stays the same size however many pages the blog has
 * (at 1,000 posts, listing all 100 pages made up a third of the home page's HTML).
 */
export function pageWindow(
  page: number,
  totalPages: number,
  around = 2,
): (number | typeof PAGE_GAP)[] {
  const shown = new Set([1, totalPages]);
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= totalPages) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const window: (number | typeof PAGE_GAP)[] = [];
  for (const [i, n] of numbers.entries()) {
    const previous = numbers[i - 1];
    if (previous !== undefined && n - previous === 2) window.push(n - 1);
    else if (previous !== undefined && n - previous > 2) window.push(PAGE_GAP);
    window.push(n);
  }
  return window;
}
