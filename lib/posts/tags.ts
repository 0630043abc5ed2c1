/**
 * Tags: a post lists them as written (`Cérénit`, `Time Series`); their URL is an ASCII slug
 * (`cerenit`, `time-series`), and spellings with one slug are one tag, shown under the
 * spelling most posts use.
 */
import { slugify } from '../content/slug';

export interface Tag {
  slug: string;
  name: string;
}

export interface TagCount extends Tag {
  count: number;
}

export const tagSlug = slugify;

/** A post's tags as written, without empty ones or two spellings of the same tag. */
export function uniqueTags(names: readonly string[]): Tag[] {
  const bySlug = new Map<string, Tag>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    const slug = tagSlug(name);
    if (slug && !bySlug.has(slug)) bySlug.set(slug, { slug, name });
  }
  return [...bySlug.values()];
}

/**
 * Every tag of these posts with its post count, most used first, then by name. The name is the
 * spelling most of these posts use; a tie goes to the spelling of the newest post.
 */
export function countTags(
  posts: ReadonlyArray<{ tags: readonly Tag[] }>,
  locale: string,
): TagCount[] {
  const spellings = new Map<string, Map<string, number>>();
  for (const post of posts) {
    for (const { slug, name } of post.tags) {
      const names = spellings.get(slug) ?? new Map<string, number>();
      names.set(name, (names.get(name) ?? 0) + 1);
      spellings.set(slug, names);
    }
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...spellings.entries()]
    .map(([slug, names]) => {
      let best = '';
      let bestCount = 0;
      let count = 0;
      // Map order is first-seen order, and posts come newest first: strict > keeps the newest on a tie.
      for (const [name, n] of names) {
        count += n;
        if (n > bestCount) [best, bestCount] = [name, n];
      }
      return { slug, name: best, count };
    })
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
}

/** The same posts with every tag under its canonical spelling, so one tag reads the same everywhere. */
export function withCanonicalTagNames<P extends { tags: readonly Tag[] }>(
  posts: readonly P[],
  tags: readonly Tag[],
): P[] {
  const names = new Map(tags.map((t) => [t.slug, t.name]));
  return posts.map((post) => {
    const copy = copyOf(post);
    copy.tags = post.tags.map((t) => ({ slug: t.slug, name: names.get(t.slug) ?? t.name }));
    return copy;
  });
}

/**
 * A copy of `post`, to change a field of. Not a spread: a spread would call the getters through
 * which posts of the content store read their article (./queries.ts), loading every article.
 */
export function copyOf<P extends object>(post: P): P {
  return Object.create(Object.getPrototypeOf(post), Object.getOwnPropertyDescriptors(post));
}
