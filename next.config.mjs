// @ts-check
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';
import { imagesConfig } from './unbundled/images.mjs';
import { securityHeaders } from './unbundled/security-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Hashing every page served for an ETag cost a quarter of a post page's requests/s
  // (docs/benchmarks.md); feeds keep the validators of lib/feeds/site-feeds.ts.
  generateEtags: false,
  // Next.js's cache, storing only 200s, with pages kept in Latin-1: see the file.
  cacheHandler: fileURLToPath(new URL('./unbundled/cache-handler.mjs', import.meta.url)),
  reactStrictMode: true,
  // proxy.ts redirects a path with a trailing slash itself: to the post it is an old address of
  // in one hop, where Next.js would first strip the slash.
  skipTrailingSlashRedirect: true,
  // Posts' images, resized on request into WebP: unbundled/images.mjs.
  images: imagesConfig,
  // The container image (Dockerfile) runs `node server.js` from `.next/standalone/`, which
  // `npm run build:standalone` makes: only the files the server needs, node_modules included.
  ...(process.env.CARNET_STANDALONE === '1' ? { output: 'standalone' } : {}),
  // Files read at run time by paths the tracer does not follow: KaTeX's stylesheet and fonts
  // (lib/assets/katex.ts), the copy button's script (lib/assets/code-copy.ts).
  outputFileTracingIncludes: {
    '/**': [
      './unbundled/code-copy.mjs',
      './node_modules/katex/package.json',
      './node_modules/katex/dist/katex.min.css',
      './node_modules/katex/dist/fonts/*',
    ],
  },
  // `npm run typecheck` (in `npm test`) checks the whole project; again here, 10 to 15 s a build.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Every core prerenders: Next.js keeps one idle by default (docs/benchmarks.md).
    cpus: availableParallelism(),
    // app/global-not-found.tsx: the site's 404 for paths no route has, which neither of the two
    // root layouts (app/(site)/, app/(other-languages)/) can wrap.
    globalNotFound: true,
  },
  async redirects() {
    // Page 1 of a listing is the listing itself: one URL per page for readers and search engines.
    return [
      { source: '/page/1', destination: '/', permanent: true },
      { source: '/tags/:tag/page/1', destination: '/tags/:tag', permanent: true },
      {
        source: '/categories/:category/page/1',
        destination: '/categories/:category',
        permanent: true,
      },
      { source: '/series/:series/page/1', destination: '/series/:series', permanent: true },
    ];
  },
};

const NGINX_FRESH_SECONDS = 10;
// API answers say themselves how long they keep (mostly `no-store`); files under a content hash
// never change.
const NGINX_NOT_REFRESHED = ['api/', '_next/', 'media/', 'katex/', 'code-copy/'];

/** @param {string} phase */
export default function config(phase) {
  const development = phase === PHASE_DEVELOPMENT_SERVER;
  // Read when the blog is built, like every other use of SITE_URL (lib/config/env.ts validates it).
  const https = /^https:\/\//i.test(process.env.SITE_URL?.trim() ?? '');
  return {
    ...nextConfig,
    async headers() {
      return [
        { source: '/:path*', headers: securityHeaders({ https, development }) },
        // nginx (deploy/nginx.conf) keeps a page or feed 10 s before asking the blog again, in
        // the background: a post published without a build (`npm run content:publish`) reaches
        // readers behind it within seconds, not at the end of `s-maxage`. Only nginx reads it.
        {
          source: `/((?!${NGINX_NOT_REFRESHED.join('|')}).*)`,
          headers: [{ key: 'X-Accel-Expires', value: String(NGINX_FRESH_SECONDS) }],
        },
      ];
    },
  };
}
