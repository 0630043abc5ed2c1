'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Prefetches a `SiteLink`'s page when the reader shows the intent to follow it: the pointer is on
 * it, a finger touches it or the keyboard focus reaches it. One listener for the whole page, so a
 * link costs no JavaScript of its own. The router keeps what it fetched and ignores repeats.
 */
export function PrefetchOnIntent() {
  const router = useRouter();
  useEffect(() => {
    function onIntent(event: Event) {
      const link =
        event.target instanceof Element ? event.target.closest('a[data-prefetch-on-intent]') : null;
      if (link instanceof HTMLAnchorElement && link.origin === window.location.origin)
        router.prefetch(link.pathname + link.search);
    }
    const events = ['pointerover', 'touchstart', 'focusin'] as const;
    for (const type of events) document.addEventListener(type, onIntent, { passive: true });
    return () => {
      for (const type of events) document.removeEventListener(type, onIntent);
    };
  }, [router]);
  return null;
}
