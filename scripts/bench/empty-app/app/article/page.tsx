/**
 * The framework's cost of a page the size of a blog post: the article's HTML of the post the
 * benchmark serves (written to `article.html` by scripts/bench/builds.ts before this app is built),
 * in one element, with nothing of ours around it. Without the file, a placeholder paragraph.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ARTICLE = join(process.cwd(), 'article.html');

export default function ArticlePage() {
  const html = existsSync(ARTICLE)
    ? readFileSync(ARTICLE, 'utf8')
    : '<p>Pas d’article : scripts/bench/builds.ts l’écrit avant le build.</p>';
  return (
    <main>
      <article dangerouslySetInnerHTML={{ __html: html }} />
    </main>
  );
}
