/**
 * The site's search index over the sample content: readers find published posts only, never a
 * draft nor a post scheduled for later.
 */
import { describe, expect, it } from 'vitest';
import { getAllPosts } from '@/lib/posts/queries';
import { type Post } from '@/lib/posts/post';
import { searchPosts } from '@/lib/search';
import { createSearchEngine } from '@/lib/search/engine';
import { slugs } from '@/test/fixtures/posts';

const all = getAllPosts();
const drafts = all.filter((p) => p.draft);
const published = all.filter((p) => !p.draft);
const byDate = [...published].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The sample content (content/posts) has no ${what}.`);
  return value;
}

/** One millisecond either side of a post's publication. */
const before = (post: Pick<Post, 'date'>) => new Date(Date.parse(post.date) - 1);
const after = (post: Pick<Post, 'date'>) => new Date(Date.parse(post.date) + 1);

const LATER = new Date('2100-01-01T00:00:00.000Z');

function find(q: string, now: Date = LATER): string[] {
  return slugs(searchPosts({ q, page: 1, limit: 50 }, now).hits);
}

/** What an index of every post on disk, drafts included, would find: proof that the query is a fair probe. */
function findInEverything(q: string): string[] {
  return slugs(createSearchEngine(all).search({ q, page: 1, limit: 50 }).hits);
}

describe('searchPosts', () => {
  it('searches the sample content', () => {
    expect(find('systemd timer')).toContain('systemd-timer-remplacer-cron');
  });

  describe('drafts', () => {
    it('has at least one draft in the sample content to check', () => {
      expect(drafts.length).toBeGreaterThan(0);
    });

    // "Bases time series en 2025 : où en est-on ?": each word of it is in some published post
    // too, but only the draft has all of them.
    it.each(drafts.map((d) => [d.slug, d] as const))(
      'never returns the draft %s, even searched by its title',
      (slug, draft) => {
        expect(findInEverything(draft.title)).toContain(slug);
        expect(find(draft.title)).not.toContain(slug);
      },
    );

    it('never returns a draft for words the draft shares with published posts', () => {
      const shared = 'influxdb timescaledb';
      const everywhere = findInEverything(shared);
      expect(everywhere.filter((s) => drafts.some((d) => d.slug === s))).not.toEqual([]);
      const hits = find(shared);
      expect(hits.length).toBeGreaterThan(0);
      for (const slug of hits) expect(drafts.map((d) => d.slug)).not.toContain(slug);
    });
  });

  describe('scheduled posts', () => {
    it('does not return a post before its date, and returns it from its date on', () => {
      const newest = required(byDate.at(-1), 'published post');
      expect(find(newest.title, after(newest))).toContain(newest.slug);
      expect(find(newest.title, before(newest))).not.toContain(newest.slug);
      // The index follows the clock both ways, whatever was asked before.
      expect(find(newest.title, after(newest))).toContain(newest.slug);
      expect(find(newest.title, before(newest))).not.toContain(newest.slug);
    });

    it('counts only what is published at that moment', () => {
      const newest = required(byDate.at(-1), 'published post');
      const q = newest.title;
      const later = searchPosts({ q, page: 1, limit: 50 }, after(newest));
      const earlier = searchPosts({ q, page: 1, limit: 50 }, before(newest));
      expect(earlier.total).toBe(later.total - 1);
    });

    it('returns nothing at all before the first post', () => {
      const first = required(byDate[0], 'published post');
      expect(find(first.title, after(first))).toContain(first.slug);
      expect(searchPosts({ q: first.title, page: 1, limit: 50 }, before(first))).toEqual({
        total: 0,
        hits: [],
      });
    });
  });

  it('returns only posts published at `now`', () => {
    const now = new Date('2020-01-01T00:00:00.000Z');
    const bySlug = new Map(all.map((p) => [p.slug, p]));
    const hits = searchPosts({ q: 'docker', page: 1, limit: 50 }, now).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const post = bySlug.get(hit.slug);
      expect(post?.draft).toBe(false);
      expect(Date.parse(hit.date)).toBeLessThanOrEqual(now.getTime());
    }
    expect(find('docker', LATER).length).toBeGreaterThan(hits.length);
  });
});
