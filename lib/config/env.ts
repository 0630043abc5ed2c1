/**
 * The environment this blog reads, validated once when the server or the build starts.
 * A wrong value stops start-up with a message naming the variable and what to do.
 */
import 'server-only';

export interface Env {
  siteUrl: string;
  /** Turns on `POST /api/revalidate`; unset, the endpoint answers 404. */
  revalidateSecret?: string;
  /** Turns on Draft Mode (`GET /api/draft`); unset, the endpoint answers 404. */
  previewSecret?: string;
  /** How many of the newest posts are rendered at build time, or `all`; unset, the site's default (site.ts). */
  prerenderPosts?: number | 'all';
  /** A Redis server the rate limits are counted in, shared by every instance; unset, each process counts in memory. */
  redisUrl?: string;
  /** Requests per minute per client for each limited API, where RATE_LIMIT_<API> overrides the site's setting. */
  rateLimits: Partial<Record<RateLimitedApi, number>>;
}

/** The APIs with a rate limit (lib/http/rate-limit.ts). */
export const RATE_LIMITED_APIS = ['search', 'draft', 'revalidate'] as const;
export type RateLimitedApi = (typeof RATE_LIMITED_APIS)[number];

const DEFAULT_SITE_URL = 'http://localhost:3000';

/** Shorter secrets can be guessed; an endpoint is off rather than weakly protected. */
export const MIN_SECRET_LENGTH = 32;

function readSecret(source: Record<string, string | undefined>, name: string): string | undefined {
  const value = source[name];
  if (value === undefined || value === '') return undefined;
  if (value.length < MIN_SECRET_LENGTH) {
    // The value itself is never printed.
    throw new Error(
      `${name} is set but has only ${value.length} characters: use at least ${MIN_SECRET_LENGTH} (for example the output of \`openssl rand -hex 32\`), or unset it to turn its endpoint off.`,
    );
  }
  return value;
}

function readCount(
  source: Record<string, string | undefined>,
  name: string,
): number | 'all' | undefined {
  const value = source[name]?.trim();
  if (value === undefined || value === '') return undefined;
  if (value === 'all') return value;
  if (!/^\d{1,7}$/.test(value))
    throw new Error(
      `${name}="${value}" must be a whole number of posts, such as 500 (0 renders none at build time), or all.`,
    );
  return Number(value);
}

function readRate(source: Record<string, string | undefined>, name: string): number | undefined {
  const value = source[name]?.trim();
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d{0,8}$/.test(value))
    throw new Error(
      `${name}="${value}" must be a whole number of requests per minute and per client, at least 1, such as 120.`,
    );
  return Number(value);
}

function readRedisUrl(source: Record<string, string | undefined>): string | undefined {
  const raw = source.REDIS_URL?.trim();
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  // The value may hold a password: only its scheme is ever printed.
  if (url?.protocol !== 'redis:' && url?.protocol !== 'rediss:') {
    throw new Error(
      'REDIS_URL is not a redis:// or rediss:// URL (for example redis://127.0.0.1:6379): fix it, or unset it to count rate limits and keep pages in each instance.',
    );
  }
  return raw;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const revalidateSecret = readSecret(source, 'REVALIDATE_SECRET');
  const previewSecret = readSecret(source, 'PREVIEW_SECRET');
  const prerenderPosts = readCount(source, 'PRERENDER_POSTS');
  const redisUrl = readRedisUrl(source);
  const rateLimits: Env['rateLimits'] = {};
  for (const api of RATE_LIMITED_APIS) {
    const rate = readRate(source, `RATE_LIMIT_${api.toUpperCase()}`);
    if (rate !== undefined) rateLimits[api] = rate;
  }
  return {
    siteUrl: parseSiteUrl(source),
    ...(revalidateSecret ? { revalidateSecret } : {}),
    ...(previewSecret ? { previewSecret } : {}),
    ...(prerenderPosts !== undefined ? { prerenderPosts } : {}),
    ...(redisUrl ? { redisUrl } : {}),
    rateLimits,
  };
}

function parseSiteUrl(source: Record<string, string | undefined>): string {
  const raw = source.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL="${raw}" is not a URL. Set it to the blog's public address, e.g. https://blog.example.fr`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL="${raw}" must start with http:// or https://`);
  }
  // `url.search` is empty for a bare "?", which would still end up in every link.
  if (/[?#]/.test(raw)) {
    throw new Error(`SITE_URL="${raw}" must not carry a query string or a fragment`);
  }
  // Stored without a trailing slash so that `${siteUrl}/posts/x` is always right.
  return url.href.replace(/\/+$/, '');
}

/** The environment of this process, checked when the server or the build starts. */
export const env: Env = parseEnv(process.env);
