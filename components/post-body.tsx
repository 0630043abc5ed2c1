import { getMDXComponent } from 'next-contentlayer2/hooks';
import type { ReactNode } from 'react';
import { mdxComponents } from '@/lib/mdx/components';
import type { PostBody as Body } from '@/lib/posts';

const proseClass =
  'prose prose-zinc max-w-none dark:prose-invert prose-headings:tracking-tight prose-a:text-accent-600 dark:prose-a:text-accent-400 prose-pre:p-0 prose-pre:bg-transparent prose-code:before:content-none prose-code:after:content-none';

/** The typography of an article, whoever rendered it (the build, or the draft preview). */
export function Prose({ children }: { children: ReactNode }) {
  return <div className={proseClass}>{children}</div>;
}

/** The article itself, rendered on the server: MDX through the shared component map, Markdown as built HTML. */
export function PostBody({ body }: { body: Body }) {
  if (body.format === 'md') {
    // HTML built at build time from the author's own Markdown file, not from reader input.
    return <div className={proseClass} dangerouslySetInnerHTML={{ __html: body.html }} />;
  }
  const Content = getMDXComponent(body.code);
  return (
    <Prose>
      <Content components={mdxComponents} />
    </Prose>
  );
}
