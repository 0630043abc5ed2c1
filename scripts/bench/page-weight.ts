/**
 * What a modern browser downloads for a page: the HTML and every script it loads (`noModule`
 * scripts excluded, as a modern browser skips them), in gzip bytes. A script whose bytes the empty
 * control page loads too is the framework's; any other is ours.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  path: string;
  htmlBytes: number;
  htmlGzip: number;
  scripts: number;
  frameworkGzip: number;
  oursGzip: number;
  /** Our scripts, by file name, in gzip bytes. */
  ours: { name: string; gzip: number }[];
}

const gzipBytes = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;
const digest = (text: string) => createHash('sha256').update(text).digest('hex');

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
  const scripts = await Promise.all(scriptUrls(html, pageUrl).map(async (url) => ({ url, body: await text(url) })));
  return { html, scripts };
}

/** The weight of each of `paths` on `base`, against the scripts of the control page at `controlUrl`. */
export async function pageWeights(base: string, paths: readonly string[], controlUrl: string): Promise<{ pages: PageWeight[]; control: PageWeight }> {
  const control = await scriptsOf(controlUrl, '/');
  const framework = new Set(control.scripts.map((s) => digest(s.body)));
  const weigh = (path: string, page: Awaited<ReturnType<typeof scriptsOf>>): PageWeight => {
    const ours = page.scripts.filter((s) => !framework.has(digest(s.body)));
    const all = page.scripts.reduce((sum, s) => sum + gzipBytes(s.body), 0);
    const oursGzip = ours.reduce((sum, s) => sum + gzipBytes(s.body), 0);
    return {
      path,
      htmlBytes: Buffer.byteLength(page.html),
      htmlGzip: gzipBytes(page.html),
      scripts: page.scripts.length,
      frameworkGzip: all - oursGzip,
      oursGzip,
      ours: ours.map((s) => ({ name: new URL(s.url).pathname.split('/').at(-1) ?? s.url, gzip: gzipBytes(s.body) })),
    };
  };
  const pages: PageWeight[] = [];
  for (const path of paths) pages.push(weigh(path, await scriptsOf(base, path)));
  return { pages, control: weigh('/', control) };
}
