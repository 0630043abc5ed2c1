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
