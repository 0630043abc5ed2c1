/**
 * The environment this blog reads, validated once when the server or the build starts.
 * A wrong value stops start-up with a message naming the variable and what to do.
 */
export interface Env {
  siteUrl: string;
}

const DEFAULT_SITE_URL = 'http://localhost:3000';

export function parseEnv(source: Record<string, string | undefined>): Env {
  const raw = source.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL="${raw}" is not a URL. Set it to the blog's public address, e.g. https://blog.example.fr`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL="${raw}" must start with http:// or https://`);
  }
  // `url.search` is empty for a bare "?", which would still end up in every link.
  if (/[?#]/.test(raw)) {
    throw new Error(`SITE_URL="${raw}" must not carry a query string or a fragment`);
  }
  // Stored without a trailing slash so that `${siteUrl}/posts/x` is always right.
  return { siteUrl: url.href.replace(/\/+$/, '') };
}
