/**
 * What a modern browser downloads for a page: the HTML and every script it loads (`noModule`
 * scripts excluded, as a modern browser skips them), in gzip bytes. The framework's share is what
 * the empty control page loads; ours is the rest. (Chunks cannot be told apart by their bytes:
 * Turbopack numbers modules per build, so even the framework's chunks differ between two apps.)
 */
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  path: string;
  htmlBytes: number;
  htmlGzip: number;
  scripts: number;
  jsGzip: number;
}

/** The size of `body` at gzip level 9, as every page-weight figure of the benchmarks is given. */
export const gzipBytes = (body: string | Buffer) =>
  gzipSync(typeof body === 'string' ? Buffer.from(body) : body, { level: 9 }).length;

async function text(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

/** Script URLs of a page, in document order, without `noModule` ones. */
export function scriptUrls(html: string, pageUrl: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    if (/\bnoModule\b/i.test(tag)) continue;
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (src) urls.push(new URL(src.replace(/&amp;/g, '&'), pageUrl).href);
  }
  return [...new Set(urls)];
}

async function scriptsOf(base: string, path: string) {
  const pageUrl = new URL(path, base).href;
  const html = await text(pageUrl);
  const scripts = await Promise.all(
    scriptUrls(html, pageUrl).map(async (url) => ({ url, body: await text(url) })),
  );
  return { html, scripts };
}

/**
 * The weight of each of `paths` on `base`, and of each of `controlPaths` on the control app at
 * `controlUrl`, the first of which is the empty page.
 */
export async function pageWeights(
  base: string,
  paths: readonly string[],
  controlUrl: string,
  controlPaths: readonly string[],
): Promise<{ pages: PageWeight[]; controls: PageWeight[] }> {
  const weigh = async (url: string, path: string): Promise<PageWeight> => {
    const page = await scriptsOf(url, path);
    return {
      path,
      htmlBytes: Buffer.byteLength(page.html),
      htmlGzip: gzipBytes(page.html),
      scripts: page.scripts.length,
      jsGzip: page.scripts.reduce((sum, s) => sum + gzipBytes(s.body), 0),
    };
  };
  const pages: PageWeight[] = [];
  for (const path of paths) pages.push(await weigh(base, path));
  const controls: PageWeight[] = [];
  for (const path of controlPaths) controls.push(await weigh(controlUrl, path));
  return { pages, controls };
}
