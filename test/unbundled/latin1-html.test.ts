/**
 * unbundled/latin1-html.mjs rewrites each cached page once (unbundled/cache-handler.mjs): the page a browser builds
 * from its output must be the one it built from the input, and no character above U+00FF may stay.
 */
import fc from 'fast-check';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { latin1Html } from '@/unbundled/latin1-html.mjs';

const WIDE = /[^\u0000-\u00ff]/u;

/** What a browser's parser makes of the page: elements, attributes and text, scripts parsed as JSON. */
function parsed(html: string): unknown {
  const walk = (node: Root | RootContent): unknown => {
    if (node.type === 'text') return node.value;
    if (node.type !== 'element' && node.type !== 'root') return node.type;
    const children = node.children.map(walk);
    if (node.type === 'root') return children;
    const element = node as Element;
    const text = element.children
      .map((child) => (child.type === 'text' ? child.value : ''))
      .join('');
    if (element.tagName === 'script')
      return { script: JSON.parse(text) as unknown, properties: element.properties };
    return { tag: element.tagName, properties: element.properties, children };
  };
  return walk(fromHtml(html));
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** As React writes a JSON payload in a script: `<` escaped so that no `</script>` closes it early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

describe('latin1Html', () => {
  it('returns a page without characters above U+00FF as it is', () => {
    const html = '<p title="déjà">Été à Noël : « ça », 50 ¤, ½ × 2.</p>';
    expect(latin1Html(html)).toBe(html);
  });

  it('writes text and attributes with character references, scripts with \\u escapes, styles with CSS escapes', () => {
    const html =
      '<title>L’API — Carnet</title><a title="l’article →">Suite…</a>' +
      '<script>self.__next_f.push([1,"l’API 🦄"])</script>' +
      '<style>a::after{content:"→"}</style>';
    expect(latin1Html(html)).toBe(
      '<title>L&#x2019;API &#x2014; Carnet</title><a title="l&#x2019;article &#x2192;">Suite&#x2026;</a>' +
        '<script>self.__next_f.push([1,"l\\u2019API \\ud83e\\udd84"])</script>' +
        '<style>a::after{content:"\\2192 "}</style>',
    );
  });

  it('leaves no character above U+00FF, and the parsed page is the same, for any text', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('’', '—', '…', 'é', 'œ', '🦄', '\u212a', '<', '&', '"', '\u00a0', '\u202f'),
        fc.string({ unit: 'grapheme', maxLength: 1 }),
      ),
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const html = `<!doctype html><html lang="fr"><head><title>${escapeHtml(a)}</title><script type="application/ld+json">${scriptJson({ headline: a, tags: [b] })}</script></head><body><p data-x="${escapeHtml(b)}">${escapeHtml(a)}<em>${escapeHtml(b)}</em></p></body></html>`;
        const rewritten = latin1Html(html);
        expect(rewritten).not.toMatch(WIDE);
        expect(parsed(rewritten)).toEqual(parsed(html));
      }),
      { numRuns: 1000 },
    );
  });
});
