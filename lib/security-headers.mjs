/**
 * The headers every response carries, pages, feeds, API answers and static files alike
 * (next.config.mjs adds them through `headers()`). Plain JavaScript because next.config.mjs, which
 * Node loads as is, calls it; lib/security-headers.d.mts types it.
 *
 * The Content-Security-Policy allows only this origin. Two exceptions, both needed because pages
 * are rendered once, at build time or on regeneration, and then served as they are to everyone:
 * - `script-src 'unsafe-inline'`: Next.js writes each page's React payload into inline scripts
 *   (`self.__next_f.push(…)`), and the theme script runs before the first paint. A nonce would
 *   have to change on every response, which a page served from the cache cannot do, and hashes
 *   would differ on every page while the policy is one header for all of them. What the inline
 *   scripts hold is the author's committed content, escaped by React: no reader's input reaches
 *   them. Scripts from anywhere else stay forbidden.
 * - `style-src 'unsafe-inline'`: React writes `style` attributes (the syntax highlighting's
 *   colours among them).
 * In development, Next.js also needs `eval` (React's debugging) and WebSockets for reloading.
 */

/** @typedef {{ key: string, value: string }} Header */

/**
 * @param {{ https: boolean, development: boolean }} options `https`: the blog's public address
 *   (SITE_URL) is an https:// one.
 * @returns {Header[]}
 */
export function securityHeaders({ https, development }) {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
  return [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // A blog uses none of these: no page, nor anything it embeds, may ask for them.
    {
      key: 'Permissions-Policy',
      value:
        'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), serial=(), usb=(), xr-spatial-tracking=(), browsing-topics=()',
    },
    // Only over HTTPS: sent over plain HTTP it would be ignored, and on localhost it would lock
    // the browser out of every other local server on plain HTTP for a year.
    ...(https
      ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
      : []),
  ];
}
