/** The site's settings, in one typed object; language, locale and time zone are in ./locale.ts. */
import 'server-only';
import { env, type RateLimitedApi } from './env';
import { siteLocale, type LocaleConfig } from './locale';

export interface SiteConfig extends LocaleConfig {
  title: string;
  tagline: string;
  description: string;
  author: { name: string; url?: string };
  /** Absolute base URL, without a trailing slash. */
  url: string;
  postsPerPage: number;
  /**
   * Only the newest posts are rendered at build time; the others on their first request, then
   * cached like the rest. `null`: all of them. From PRERENDER_POSTS when set (`all` for every
   * post), else the newest 1,000, so that a large blog builds in minutes.
   */
  prerenderPosts: number | null;
  /**
   * Seconds after which a prerendered page or feed is regenerated on the next request (ISR), so
   * that a scheduled post appears without a rebuild. Next.js reads the period from a literal in
   * each route (`export const revalidate = 3600`): test/lib/config/revalidate-seconds.test.ts keeps them equal.
   */
  revalidateSeconds: number;
  /** Items in each feed, newest first. */
  feedItems: number;
  relatedPosts: number;
  /** A table of contents is shown from this many h2/h3 headings. */
  tocMinHeadings: number;
  /** Drafts and scheduled posts are listed, with a badge, only while the author runs `next dev`. */
  showUnpublished: boolean;
  /**
   * Post pages are rendered from their files on every request, as in Draft Mode, while the author
   * runs `next dev`: a save shows on reload, and a broken post shows its error in the page.
   */
  liveContent: boolean;
  /**
   * Requests per minute a client may send to each API before it gets a 429 (lib/http/rate-limit.ts).
   * RATE_LIMIT_SEARCH, RATE_LIMIT_DRAFT and RATE_LIMIT_REVALIDATE override them, as the benchmarks
   * and load tests do to measure the server rather than the limiter.
   */
  rateLimits: Record<RateLimitedApi, number>;
}

/** Posts rendered at build time when PRERENDER_POSTS is unset. */
const PRERENDERED_BY_DEFAULT = 1000;

export const site = {
  title: 'Carnet Tech',
  tagline: 'Web, Ops, Data et séries temporelles',
  description:
    'Le carnet de bord technique d’un consultant : veille mensuelle, tutoriels Ops et bilans, autour du Web, de Kubernetes et des séries temporelles.',
  author: { name: 'Nicolas Martin' },
  ...siteLocale,
  url: env.siteUrl,
  postsPerPage: 10,
  // Every post of a blog up to that size; beyond, the newest (docs/benchmarks.md, "Build").
  prerenderPosts:
    env.prerenderPosts === 'all' ? null : (env.prerenderPosts ?? PRERENDERED_BY_DEFAULT),
  revalidateSeconds: 3600,
  feedItems: 20,
  relatedPosts: 3,
  tocMinHeadings: 3,
  showUnpublished: process.env.NODE_ENV === 'development',
  liveContent: process.env.NODE_ENV === 'development',
  rateLimits: {
    // Live search asks as the reader types (debounced): a few requests per query.
    search: env.rateLimits.search ?? 120,
    // Both take a secret: few tries, so that guessing it is slow too.
    draft: env.rateLimits.draft ?? 20,
    revalidate: env.rateLimits.revalidate ?? 30,
  },
} satisfies SiteConfig;
