/**
 * The one component map for MDX posts, used by the built pages and by the draft preview.
 * Everything here renders to plain HTML: no client JavaScript, so feeds can carry it too.
 */
import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';
import { t } from '../config/i18n';

const CALLOUT_TYPES = ['info', 'tip', 'warning'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

const CALLOUT_LABELS: Record<CalloutType, string> = t.callout;

export function Callout({
  type = 'info',
  title,
  children,
}: {
  type?: CalloutType;
  title?: string;
  children: ReactNode;
}) {
  const kind: CalloutType = CALLOUT_TYPES.includes(type) ? type : 'info';
  const label = title ?? CALLOUT_LABELS[kind];
  return (
    <aside className={`callout callout-${kind}`} aria-label={label}>
      <p className="callout-title">{label}</p>
      {children}
    </aside>
  );
}

/**
 * Links stay plain anchors, internal ones included: the same HTML then serves the page and the
 * feeds, and Node can load this map at build time (next/link cannot be imported there).
 */
export const mdxComponents = {
  Callout,
} satisfies MDXComponents;
