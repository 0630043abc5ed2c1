import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';
import { securityHeaders } from './lib/security-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next.js hashes the whole HTML of every page it serves to make an ETag: a quarter of the
  // requests/s of a post page under load (docs/benchmarks.md). Pages are revalidated through
  // `s-maxage` instead; feeds, which readers poll, keep the validators lib/feeds.ts computes once.
  generateEtags: false,
  // Next.js's cache, minus 404s: see the file.
  cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)),
  reactStrictMode: true,
  // `npm run typecheck` (part of `npm test`, run by CI) checks the whole project, tests included;
  // checking the app again here would add 10 to 15 s to every build (docs/benchmarks.md).
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Next.js keeps a core for itself while pages are prerendered, which it does not use then:
    // on two cores, two workers render the pages in nearly half the time (docs/benchmarks.md).
    cpus: availableParallelism(),
  },
  async redirects() {
    // Page 1 of a listing is the listing itself: one URL per page for readers and search engines.
    return [
      { source: '/page/1', destination: '/', permanent: true },
      { source: '/tags/:tag/page/1', destination: '/tags/:tag', permanent: true },
    ];
  },
};

export default function config(phase) {
  const development = phase === PHASE_DEVELOPMENT_SERVER;
  // Read when the blog is built, like every other use of SITE_URL (lib/env.ts validates it).
  const https = /^https:\/\//i.test(process.env.SITE_URL?.trim() ?? '');
  return {
    ...nextConfig,
    async headers() {
      return [{ source: '/:path*', headers: securityHeaders({ https, development }) }];
    },
  };
}
