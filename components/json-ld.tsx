import { jsonLdText } from '@/lib/seo/json-ld';

/** Structured data for search engines, rendered on the server. */
export function JsonLd({ data }: { data: object }) {
  // jsonLdText escapes `<`: the author's titles cannot break out of the script element.
  return (
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />
  );
}
