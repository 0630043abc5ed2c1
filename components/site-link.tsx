import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * `next/link` for every internal link of the site, without viewport prefetching: by default each
 * link prefetches its page as soon as it is on screen: on the home page, some twenty requests
 * whose answers the router parses while the page is still loading (one of the longest tasks
 * Lighthouse timed on a phone). `PrefetchOnIntent` prefetches a link when a reader points at it,
 * touches it or tabs to it instead; the data attribute is how it recognises these links.
 */
export function SiteLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} data-prefetch-on-intent="" />;
}
