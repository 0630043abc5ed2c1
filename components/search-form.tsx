import type { FormEvent } from 'react';
import type { Dictionary } from '@/lib/config/i18n';
import { searchPath } from '@/lib/routes';

interface SearchFormProps {
  /** The header's small box on every page, or the search page's own form. */
  variant: 'header' | 'page';
  t: Dictionary;
  /** The page's form is controlled by the live search (components/live-search.tsx). */
  value?: string;
  onChange?: (value: string) => void;
  onSubmit?: (event: FormEvent) => void;
}

/**
 * A plain GET form to /search, which works without JavaScript. Two on one page (header and
 * search page) need two names: two landmarks of one role must be told apart.
 */
export function SearchForm({ variant, t, value, onChange, onSubmit }: SearchFormProps) {
  const page = variant === 'page';
  const id = page ? 'search-page-input' : 'site-search';
  return (
    <form
      action={searchPath}
      method="get"
      role="search"
      aria-label={page ? t.search.title : t.search.label}
      className={page ? 'mb-8 flex gap-2' : 'w-full sm:w-auto'}
      onSubmit={onSubmit}
    >
      <label htmlFor={id} className="sr-only">
        {t.search.label}
      </label>
      <input
        id={id}
        data-search-input={variant}
        type="search"
        name="q"
        value={value}
        onChange={onChange && ((event) => onChange(event.target.value))}
        placeholder={page ? t.search.placeholder : `${t.search.placeholder} (/)`}
        maxLength={200}
        autoComplete={page ? 'off' : undefined}
        className={
          page
            ? 'w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900'
            : 'w-full rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm sm:w-48 dark:border-zinc-700 dark:bg-zinc-900'
        }
      />
      {page && (
        <button
          type="submit"
          className="rounded-md bg-zinc-900 px-4 py-2 font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
        >
          {t.search.submit}
        </button>
      )}
    </form>
  );
}
