import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * `next/link` for every internal link of the site, without viewport prefetching: by default each
 * link prefetches its page as soon as it is on screen, and on a listing that is some twenty
 * requests whose answers the router parses while the page is still loading (a third of the
 * phone's blocking time in Lighthouse). `PrefetchOnIntent` prefetches a link when a reader points
 * at it or tabs to it instead; the data attribute is how it recognises these links.
 */
export function SiteLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} data-prefetch-on-intent="" />;
}
