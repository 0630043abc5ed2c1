/**
 * The one component map for MDX posts, used by the built pages and by the draft preview.
 * Everything here renders to plain HTML: no client JavaScript, so feeds can carry it too.
 */
import type { MDXComponents } from 'mdx/types';
import { createElement, type ComponentType, type ReactNode } from 'react';
import { t } from '../config/i18n';
import { siteMigration, type MappedTo } from '../config/migration';
import type { TocEntry } from '../content/analyze';

const CALLOUT_TYPES = ['info', 'tip', 'important', 'warning', 'caution'] as const;
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
 * Another starter's inline table of contents (`<TOCInline toc={props.toc} />`): the post's
 * headings, passed to the article as its `toc` prop (lib/mdx/render-html.ts).
 */
export function TocInline({ toc }: { toc?: readonly TocEntry[] }) {
  if (!toc || toc.length === 0) return null;
  return (
    <nav aria-label={t.tableOfContents} className="toc-inline">
      <ol>
        {toc.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'ml-4' : undefined}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** A foreign component as the site config maps it (lib/config/migration.ts). */
function mapped(target: MappedTo): ComponentType<Record<string, unknown>> {
  // Its props are whatever the foreign component was given: ours read the ones they know.
  if (target === null)
    return function Dropped() {
      return null;
    };
  if (target === 'Callout') return Callout as ComponentType<Record<string, unknown>>;
  if (target === 'TableOfContents') return TocInline as ComponentType<Record<string, unknown>>;
  const element = target.replace(/[^a-z0-9-]/g, '') || 'span';
  return function MappedElement({ children }: { children?: ReactNode }) {
    return createElement(element, null, children);
  };
}

/**
 * Links stay plain anchors, internal ones included: the same HTML then serves the page and the
 * feeds, and Node can load this map at build time (next/link cannot be imported there).
 */
export const mdxComponents: MDXComponents = {
  ...Object.fromEntries(
    Object.entries(siteMigration.components).map(([name, target]) => [name, mapped(target)]),
  ),
  Callout,
};
