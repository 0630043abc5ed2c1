// @ts-check
/**
 * A page's HTML with every character above U+00FF written as an escape for the same character
 * (`&#x2019;` in HTML, `\u2019` in scripts, `\2019 ` in styles): the same page, sent with less CPU
 * by Node 20 (docs/benchmarks.md, "Cached pages in Latin-1").
 */
const WIDE = /[^\u0000-\u00ff]/u;
const WIDE_ALL = /[^\u0000-\u00ff]/gu;
// A raw-text element and its content (React writes tag names in lower case), or one character
// above U+00FF anywhere else. No `i` flag: it would fold some of those characters into the range
// (U+212A, the Kelvin sign, into `k`).
const TOKEN = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)|[^\u0000-\u00ff]/gu;

/** @param {string} char */
const codePoint = (char) => /** @type {number} */ (char.codePointAt(0));
/** @param {string} char */
const htmlReference = (char) => `&#x${codePoint(char).toString(16)};`;
// JavaScript and JSON escape UTF-16 units: a character beyond U+FFFF takes two.
/** @param {string} char */
const jsEscape = (char) =>
  [...Array(char.length).keys()]
    .map((i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`)
    .join('');
/** @param {string} char */
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
