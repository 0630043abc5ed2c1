import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next.js's cache, minus 404s: see the file.
  cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)),
  reactStrictMode: true,
  async redirects() {
    // Page 1 of a listing is the listing itself: one URL per page for readers and search engines.
    return [
      { source: '/page/1', destination: '/', permanent: true },
      { source: '/tags/:tag/page/1', destination: '/tags/:tag', permanent: true },
    ];
  },
};

export default nextConfig;
