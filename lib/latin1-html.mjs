/**
 * A page's HTML with every character above U+00FF written as an escape meaning the same
 * character, as one flat string: `&#x2019;` in text and attributes, `\u2019` inside `<script>`
 * (Next.js's RSC payload and the JSON-LD are JavaScript and JSON strings there), `\2019 ` inside
 * `<style>`. The browser builds the same page, character for character.
 *
 * Why: V8 stores a string holding even one such character (’, —, …, →) with two bytes per
 * character, and Node 20 measures and writes those strings several times slower; it is slow too
 * with a string built piece by piece, as `replace` and React's renderer build them, until the
 * string is copied into one. Next.js sends a cached page as one string (`Buffer.byteLength` for
 * Content-Length, then `res.end`): without this, a French post page took about a quarter more
 * CPU per request (docs/benchmarks.md). It is plain JavaScript because cache-handler.mjs, which
 * Node loads as is, calls it.
 */
const WIDE = /[^\u0000-\u00ff]/u;
const WIDE_ALL = /[^\u0000-\u00ff]/gu;
// A raw-text element and its content (React writes tag names in lower case), or one character
// above U+00FF anywhere else. No `i` flag: it would fold some of those characters into the range
// (U+212A, the Kelvin sign, into `k`).
const TOKEN = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)|[^\u0000-\u00ff]/gu;

const codePoint = (char) => /** @type {number} */ (char.codePointAt(0));
const htmlReference = (char) => `&#x${codePoint(char).toString(16)};`;
// JavaScript and JSON escape UTF-16 units: a character beyond U+FFFF takes two.
const jsEscape = (char) =>
  [...Array(char.length).keys()]
    .map((i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`)
    .join('');
const cssEscape = (char) => `\\${codePoint(char).toString(16)} `;

/** @param {string} html */
export function latin1Html(html) {
  const latin1 = !WIDE.test(html)
    ? html
    : html.replace(TOKEN, (match, open, tag, body, close) => {
        if (open === undefined) return htmlReference(match);
        const escape = tag === 'script' ? jsEscape : cssEscape;
        return open.replace(WIDE_ALL, htmlReference) + body.replace(WIDE_ALL, escape) + close;
      });
  // Copied into one string; V8 makes it one byte per character, as every character now fits.
  return Buffer.from(latin1, 'utf8').toString('utf8');
}
