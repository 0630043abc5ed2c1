import type { ReactNode } from 'react';

const proseClass =
  'prose prose-zinc max-w-none dark:prose-invert prose-headings:tracking-tight prose-a:text-accent-600 dark:prose-a:text-accent-400 prose-pre:p-0 prose-pre:bg-transparent prose-code:before:content-none prose-code:after:content-none';

/** The typography of an article, whoever rendered it (the build, or the draft preview). */
export function Prose({ children }: { children: ReactNode }) {
  return <div className={proseClass}>{children}</div>;
}

/**
 * The article as the build rendered it (Markdown, or MDX through the shared component map, which
 * has no client components): static HTML, so the browser neither downloads the article a second
 * time as a React tree nor hydrates its thousand code spans.
 */
export function PostBody({ html }: { html: string }) {
  // Built from the author's own files at build time, never from reader input.
  return <div className={proseClass} dangerouslySetInnerHTML={{ __html: html }} />;
}
