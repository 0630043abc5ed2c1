/**
 * The text of each `<tag …>…</tag>` of a served page, as a browser reads it: markup dropped and
 * every character reference decoded (cached pages write the characters above U+00FF as
 * references, unbundled/cache-handler.mjs).
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

export function elementTexts(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
    toString(fromHtml(m[1] ?? '', { fragment: true })).trim(),
  );
}
