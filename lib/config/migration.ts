/**
 * What shortcodes and MDX components written for another engine become here: the part of the
 * config (lib/config/site.ts) that the content build reads too. A name maps to one of Carnet's
 * components (`Callout`, `TableOfContents`), to a plain HTML element (`u`, `mark`), or to `null`
 * (nothing at all). Shortcodes Hugo itself defines (figure, highlight, ref…) need no line here
 * (lib/content/shortcodes.ts); a shortcode no line names keeps its inner text.
 */
export type MappedTo = 'Callout' | 'TableOfContents' | Lowercase<string> | null;

export interface MigrationConfig {
  /** Hugo shortcodes of a theme, in `.md` posts: `{{< message >}}`, `{{% notice %}}`. */
  shortcodes: Record<string, MappedTo>;
  /** Components of other Next.js starters, in `.mdx` posts: `<AlertBox>`, `<TOCInline />`. */
  components: Record<string, MappedTo>;
  /**
   * Jekyll's `{{ site.x }}` in `.md` posts, as its `_config.yml` set them: `repository:
   * 'https://github.com/me/blog'`. One without a value here shows nothing (and is reported).
   */
  liquidSite: Record<string, string>;
}

export const siteMigration = {
  shortcodes: {
    message: 'Callout',
    notice: 'Callout',
    alert: 'Callout',
    admonition: 'Callout',
    hint: 'Callout',
    u: 'u',
    mark: 'mark',
    sup: 'sup',
    sub: 'sub',
    kbd: 'kbd',
  },
  components: {
    TOCInline: 'TableOfContents',
    AlertBox: 'Callout',
    Alert: 'Callout',
    Note: 'Callout',
    BlogNewsletterForm: null,
    NewsletterForm: null,
    // pliny's full-width wrapper (tailwind-nextjs-starter-blog): its content, in the column.
    Bleed: 'div',
  },
  liquidSite: {},
} satisfies MigrationConfig;
