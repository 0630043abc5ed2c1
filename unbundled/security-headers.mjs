// @ts-check
/**
 * The headers every answer carries, added by next.config.mjs. Why the Content-Security-Policy
 * allows inline scripts and styles: README, "Security headers". In development, Next.js also
 * needs `eval` and WebSockets for reloading.
 */

/** @typedef {{ key: string, value: string }} Header */

/**
 * The only frames a page may show: the privacy-enhanced players of the videos a post embeds,
 * loaded when the reader clicks (lib/content/embeds.ts).
 */
export const VIDEO_FRAME_ORIGINS = {
  youtube: 'https://www.youtube-nocookie.com',
  vimeo: 'https://player.vimeo.com',
};

/**
 * @param {{ https: boolean, development: boolean }} options `https`: the blog's public address
 *   (SITE_URL) is an https:// one.
 * @returns {Header[]}
 */
export function securityHeaders({ https, development }) {
  // Autoplay for the video players only: the reader's click that loads one also starts it.
  const videoOrigins = Object.values(VIDEO_FRAME_ORIGINS)
    .map((origin) => `"${origin}"`)
    .join(' ');
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    // Posts may show images from elsewhere on the web (kept as written, never fetched by the build).
    "img-src 'self' data: https:",
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    `frame-src ${Object.values(VIDEO_FRAME_ORIGINS).join(' ')}`,
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
      value: `accelerometer=(), autoplay=(${videoOrigins}), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), serial=(), usb=(), xr-spatial-tracking=(), browsing-topics=()`,
    },
    // Only over HTTPS: sent over plain HTTP it would be ignored, and on localhost it would lock
    // the browser out of every other local server on plain HTTP for a year.
    ...(https
      ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
      : []),
  ];
}
