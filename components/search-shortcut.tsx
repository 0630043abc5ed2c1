'use client';

import { useEffect } from 'react';

/** `/` focuses the search box from any page (the page's own box on /search), unless the reader is typing. */
export function SearchShortcut() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (
        target instanceof HTMLElement &&
        (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
      )
        return;
      const box =
        document.querySelector<HTMLInputElement>('[data-search-input="page"]') ??
        document.querySelector<HTMLInputElement>('[data-search-input="header"]');
      if (!box) return;
      event.preventDefault();
      box.focus();
      box.select();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return null;
}
