// What a modern browser downloads for a page: HTML and every script it loads (noModule ones
// excluded), in gzip bytes. Usage: node scripts/bench/page-weight.mjs http://localhost:3000 / /posts/x
import { gzipSync } from 'node:zlib';

const [base = 'http://localhost:3000', ...paths] = process.argv.slice(2);
if (paths.length === 0) paths.push('/');

const gzipBytes = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

async function text(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

/** Script URLs of a page, in document order, without `noModule` ones (legacy browsers only). */
function scriptUrls(html, pageUrl) {
  const urls = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    if (/\bnoModule\b/i.test(tag)) continue;
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (src) urls.push(new URL(src.replace(/&amp;/g, '&'), pageUrl).href);
  }
  return [...new Set(urls)];
}

const rows = [];
for (const path of paths) {
  const pageUrl = new URL(path, base).href;
  const html = await text(pageUrl);
  const scripts = scriptUrls(html, pageUrl);
  let js = 0;
  for (const url of scripts) js += gzipBytes(await text(url));
  rows.push({ path, htmlGzip: gzipBytes(html), scripts: scripts.length, jsGzip: js });
}

console.log('| page | HTML (gzip) | scripts | JavaScript (gzip) |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| \`${r.path}\` | ${(r.htmlGzip / 1024).toFixed(1)} KB | ${r.scripts} | ${(r.jsGzip / 1024).toFixed(1)} KB |`);
}
