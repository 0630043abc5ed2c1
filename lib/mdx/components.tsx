/**
 * The one component map for MDX posts, used by the built pages and by the draft preview.
 * Everything here renders to plain HTML: no client JavaScript, so feeds can carry it too.
 */
import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { strings } from '../i18n';
import { site } from '../site';

const CALLOUT_TYPES = ['info', 'tip', 'warning'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

const CALLOUT_LABELS: Record<CalloutType, string> = strings(site.language).callout;

export function Callout({ type = 'info', title, children }: { type?: CalloutType; title?: string; children: ReactNode }) {
  const kind: CalloutType = CALLOUT_TYPES.includes(type) ? type : 'info';
  const label = title ?? CALLOUT_LABELS[kind];
  return (
    <aside className={`callout callout-${kind}`} aria-label={label}>
      <p className="callout-title">{label}</p>
      {children}
    </aside>
  );
}

/** Internal links go through next/link (prefetch, client navigation); external ones stay plain. */
function Anchor({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  if (href.startsWith('/') && !href.startsWith('//')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}

export const mdxComponents = {
  a: Anchor,
  Callout,
} satisfies MDXComponents;
