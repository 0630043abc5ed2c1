/**
 * The posts of the content store, as pages, feeds and search ask for them. Read once per process;
 * outside production the store is checked on each call (a `stat`), since `contentlayer2 dev`
 * rewrites it while `next dev` runs.
 */
import 'server-only';
import { site } from '../config/site';
import { laterUpdate } from '../content/dates';
import { readContentStore, readPostBody, storeVersion } from '../content/store';
import type { PostRecord } from '../content/store-layout';
import { postPath } from '../routes';
import { canonicalPath } from '../content/permalink';
import { remoteRevalidations } from '../../unbundled/remote-revalidations.mjs';
import {
  findBySlug,
  onePerTranslation,
  sortNewestFirst,
  visiblePosts,
  type Post,
  type Visibility,
} from './post';
import { countSeries } from './series';
import { countTags, uniqueTags, type TagCount } from './tags';

export interface ReadOptions {
  now?: Date;
  /** The request carries the Draft Mode cookie: it comes from the author. */
  preview?: boolean;
}

function toPost(record: PostRecord): Post {
  const { tags, categories, series, updatedAt, ...fields } = record;
  const [inSeries] = uniqueTags(series ? [series] : []);
  return {
    ...fields,
    updated: laterUpdate(record.date, updatedAt),
    tags: uniqueTags(tags),
    categories: uniqueTags(categories),
    ...(inSeries ? { series: inSeries } : {}),
    // Ten thousand articles would not fit in every server process: each is read when needed.
    get html() {
      return readPostBody(record, 'html');
    },
    get text() {
      return readPostBody(record, 'txt');
    },
  };
}

interface LoadedContent {
  storeVersion: number;
  /** remoteRevalidations() when it was loaded. */
  remoteRevalidations: number;
  /** Bumped at each load: see contentVersion(). */
  contentVersion: number;
  posts: Post[];
  /** Instants at which a post that is not a draft appears, or leaves, ascending. */
  visibilityChanges: number[];
  /** Caches keyed by visibleSetKey(). */
  visible: Map<string, Post[]>;
  listed: Map<string, Post[]>;
  addresses: Map<string, Addresses>;
  tags: Map<string, TagCount[]>;
  categories: Map<string, TagCount[]>;
  series: Map<string, TagCount[]>;
}

let loaded: LoadedContent | undefined;
let checkedAt = 0;

/**
 * How often a production server looks at the store's index for new content: a post published
 * without a build (`npm run content:publish`, README) reaches every process, the proxy's included,
 * within this time. One `stat` a second; `next dev` looks on every request.
 */
const STORE_CHECK_MS = 1000;

// After a revalidation another instance announced (unbundled/remote-revalidations.mjs), the
// store is read again before any page is rendered, rather than up to STORE_CHECK_MS later.
function loadedContent(): LoadedContent {
  const remote = remoteRevalidations();
  if (loaded) {
    const now = Date.now();
    const due =
      process.env.NODE_ENV !== 'production' ||
      now - checkedAt >= STORE_CHECK_MS ||
      remote !== loaded.remoteRevalidations;
    if (!due) return loaded;
    checkedAt = now;
    loaded.remoteRevalidations = remote;
    if (storeVersion() === loaded.storeVersion) return loaded;
  }
  const store = readContentStore();
  const posts = sortNewestFirst(store.posts.map(toPost));
  loaded = {
    storeVersion: store.version,
    remoteRevalidations: remote,
    contentVersion: (loaded?.contentVersion ?? 0) + 1,
    posts,
    visibilityChanges: posts
      .filter((p) => !p.draft)
      .flatMap((p) => [p.publishAt ?? p.date, ...(p.expiresAt ? [p.expiresAt] : [])])
      .map((instant) => Date.parse(instant))
      .sort((a, b) => a - b),
    visible: new Map(),
    listed: new Map(),
    addresses: new Map(),
    tags: new Map(),
    categories: new Map(),
    series: new Map(),
  };
  return loaded;
}

/** Reads the store again at once if it changed (on-demand revalidation after a publish). */
export function reloadContent(): void {
  checkedAt = 0;
  loadedContent();
}

/** Every post on disk, drafts included. Pages want `getPosts()` instead. */
export function getAllPosts(): Post[] {
  return loadedContent().posts;
}

function visibility({ now = new Date(), preview = false }: ReadOptions): Visibility {
  return { now, includeUnpublished: site.showUnpublished || preview };
}

/** The visible posts change only when a post's publication or expiry passes: one cache entry per set. */
function visibleSetKey({ now, includeUnpublished }: Visibility): string {
  return includeUnpublished ? 'all' : String(visibilityEpoch(now));
}

/** The posts a reader (or, in preview, the author) may see now, newest first (one shared array: do not change it). */
export function getPosts(options: ReadOptions = {}): Post[] {
  const seen = visibility(options);
  const key = visibleSetKey(seen);
  const { visible } = loadedContent();
  let posts = visible.get(key);
  if (!posts) {
    posts = visiblePosts(getAllPosts(), seen);
    visible.set(key, posts);
  }
  return posts;
}

/**
 * The posts listings show (home, tags, categories, archives, feeds): getPosts() with one post per
 * translation group, the one in the site's language when there is one (one shared array).
 */
export function getListedPosts(options: ReadOptions = {}): Post[] {
  const key = visibleSetKey(visibility(options));
  const { listed } = loadedContent();
  let posts = listed.get(key);
  if (!posts) {
    posts = onePerTranslation(getPosts(options), site.language);
    listed.set(key, posts);
  }
  return posts;
}

export function getPost(slug: string, options: ReadOptions = {}): Post | undefined {
  return findBySlug(getPosts(options), slug);
}

interface Addresses {
  byUrl: Map<string, Post>;
  /** An old address (alias, or /posts/<slug> of a post whose URL is elsewhere) → the post's URL. */
  redirects: Map<string, string>;
  /** Every URL and old address in lower case → the post's URL. */
  byLowerCase: Map<string, string>;
}

function addressesOf(options: ReadOptions): Addresses {
  const key = visibleSetKey(visibility(options));
  const { addresses } = loadedContent();
  let found = addresses.get(key);
  if (!found) {
    const posts = getPosts(options);
    const redirects = new Map<string, string>();
    for (const post of posts) {
      for (const alias of post.aliases ?? []) redirects.set(alias, post.url);
      if (postPath(post.slug) !== post.url) redirects.set(postPath(post.slug), post.url);
    }
    const byLowerCase = new Map<string, string>();
    for (const [from, to] of [...redirects, ...posts.map((p) => [p.url, p.url] as const)])
      byLowerCase.set(from.toLowerCase(), to);
    found = { byUrl: new Map(posts.map((p) => [p.url, p])), redirects, byLowerCase };
    addresses.set(key, found);
  }
  return found;
}

/** The post whose URL is `path` (escaped or not, with or without a trailing slash). */
export function getPostByUrl(path: string, options: ReadOptions = {}): Post | undefined {
  return addressesOf(options).byUrl.get(canonicalPath(path));
}

/**
 * Where an old address of a post leads: its URL. Only posts the reader may see: a draft's or
 * a scheduled post's old addresses stay 404s. Jekyll kept the case of file names in URLs
 * (`/blog/I-finally-have-a-site/`) where Carnet lowers it, as Hugo does: an address that differs
 * from one of them only in case leads there too.
 */
export function redirectFor(path: string, now: Date = new Date()): string | undefined {
  const { redirects, byLowerCase } = addressesOf({ now });
  const canonical = canonicalPath(path);
  const target = redirects.get(canonical) ?? byLowerCase.get(canonical.toLowerCase());
  return target === canonical ? undefined : target;
}

/** The posts rendered at build time, pages and social images alike: the newest site.prerenderPosts. */
export function prerenderedPosts(now: Date = new Date()): Post[] {
  const posts = getPosts({ now });
  return site.prerenderPosts === null ? posts : posts.slice(0, site.prerenderPosts);
}

/** Every tag of the listed posts, with its count, most used first. */
export function getTags(now: Date = new Date()): TagCount[] {
  const key = visibleSetKey(visibility({ now }));
  const { tags } = loadedContent();
  let counts = tags.get(key);
  if (!counts) {
    counts = countTags(getListedPosts({ now }), site.locale);
    tags.set(key, counts);
  }
  return counts;
}

/** Every category of the listed posts (Hugo's and Jekyll's second taxonomy), most used first. */
export function getCategories(now: Date = new Date()): TagCount[] {
  const key = visibleSetKey(visibility({ now }));
  const { categories } = loadedContent();
  let counts = categories.get(key);
  if (!counts) {
    counts = countTags(
      getListedPosts({ now }).map((post) => ({ tags: post.categories })),
      site.locale,
    );
    categories.set(key, counts);
  }
  return counts;
}

/** Every series of the listed posts, with its number of parts, the longest first. */
export function getSeries(now: Date = new Date()): TagCount[] {
  const key = visibleSetKey(visibility({ now }));
  const { series } = loadedContent();
  let counts = series.get(key);
  if (!counts) {
    counts = countSeries(getListedPosts({ now }), site.locale);
    series.set(key, counts);
  }
  return counts;
}

/**
 * How many publications and expiries have passed at `now`: changes only when a scheduled post
 * comes or an expired one goes, so it tells cheaply (a binary search) whether anything a reader
 * sees may have changed.
 */
export function visibilityEpoch(now: Date = new Date()): number {
  const { visibilityChanges } = loadedContent();
  let low = 0;
  let high = visibilityChanges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((visibilityChanges[mid] ?? Infinity) <= now.getTime()) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Changes whenever the server loads new content (a build, or `contentlayer2 dev`). */
export function contentVersion(): number {
  return loadedContent().contentVersion;
}

/**
 * Changes whenever what readers see may have: new content, or a scheduled post whose time has
 * come, or an expired one. Caches over the published posts (feed validators) are kept while it
 * stays the same.
 */
export function publishedVersion(now: Date = new Date()): string {
  return `${contentVersion()}:${visibilityEpoch(now)}`;
}
