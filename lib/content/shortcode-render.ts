/**
 * What each shortcode becomes (./shortcodes.ts finds and pairs them): Hugo's built-ins, the
 * ones the site config maps (lib/config/migration.ts), Jekyll's tags. HTML in the Markdown,
 * escaped where it takes the author's text.
 */
import type { Dictionary } from '../config/i18n';
import type { MappedTo } from '../config/migration';
import { escapeHtml } from '../format/html';
import { linkCard, videoEmbed } from './embeds';
import { valueAtKey } from './front-matter';

/** Where a `ref` leads: by default a marker that lib/content/refs.ts resolves once posts are known. */
export type RefResolver = (line: number, target: string) => string;

export interface ShortcodeUse {
  name: string;
  /** The file's line. */
  line: number;
  /** A Liquid output (`{{ site.repository }}`) with no value here, rather than a tag. */
  kind?: 'variable';
}

export interface Tag {
  kind: 'hugo' | 'liquid';
  /** `{{< /name >}}`, `{% endname %}`. */
  closing: boolean;
  selfClosing: boolean;
  name: string;
  positional: string[];
  named: Record<string, string>;
  start: number;
  end: number;
}

export interface Context {
  text: string;
  params: Record<string, unknown>;
  resolveRef: RefResolver;
  map: Readonly<Record<string, MappedTo>>;
  unknown: ShortcodeUse[];
  lineAt: (offset: number) => number;
  /** The interface strings in the post's language (a callout's label, a video's). */
  t: Dictionary;
}
/** A front-matter text or number by its dotted key (Hugo's `param`); nothing for the rest. */
function paramValue(params: Record<string, unknown>, key: string): string {
  const value = valueAtKey(params, key);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** What a self-closing (or inner-less) shortcode becomes; undefined for an unknown name. */
export function renderSingle(tag: Tag, ctx: Context): string | undefined {
  const arg = (name: string, index: number) => tag.named[name] ?? tag.positional[index] ?? '';
  const line = ctx.lineAt(tag.start);
  switch (tag.name) {
    case 'figure': {
      const src = arg('src', 0);
      const alt = tag.named.alt ?? '';
      const caption = tag.named.caption ?? tag.named.title ?? '';
      const attrs = [
        `src="${escapeHtml(src)}"`,
        `alt="${escapeHtml(alt)}"`,
        ...(['width', 'height'] as const).flatMap((k) =>
          tag.named[k] ? [`${k}="${escapeHtml(tag.named[k] ?? '')}"`] : [],
        ),
      ];
      const img = `<img ${attrs.join(' ')}>`;
      const linked = tag.named.link ? `<a href="${escapeHtml(tag.named.link)}">${img}</a>` : img;
      return `<figure>${linked}${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;
    }
    case 'ref':
    case 'relref':
      return ctx.resolveRef(line, arg('path', 0));
    case 'post_url':
    case 'link':
      return ctx.resolveRef(line, tag.positional[0] ?? '');
    case 'param':
      return escapeHtml(paramValue(ctx.params, arg('name', 0)));
    case 'youtube':
    case 'vimeo':
      return videoEmbed(tag.name, arg('id', 0), ctx.t, {
        title: tag.named.title,
        start: tag.named.start,
      });
    case 'gist': {
      const user = arg('user', 0);
      const id = arg('id', 1);
      return linkCard(
        `https://gist.github.com/${encodeURIComponent(user)}/${encodeURIComponent(id)}`,
        `Gist ${user}/${id}`,
      );
    }
    case 'x':
    case 'tweet': {
      const user = tag.named.user ?? '';
      const id = tag.named.id ?? tag.positional.at(-1) ?? '';
      return linkCard(
        `https://x.com/${encodeURIComponent(user || 'i')}/status/${encodeURIComponent(id)}`,
        user ? `Post de @${user} sur X` : 'Post sur X',
      );
    }
    case 'instagram': {
      const id = arg('id', 0);
      return linkCard(
        `https://www.instagram.com/p/${encodeURIComponent(id)}/`,
        `Instagram : ${id}`,
      );
    }
    case 'include':
    case 'comment':
      // Jekyll's includes are the theme's: nothing of the post.
      ctx.unknown.push({ name: tag.name, line });
      return '';
    default:
      return undefined;
  }
}

const CALLOUT_KINDS: Record<string, 'info' | 'tip' | 'important' | 'warning' | 'caution'> = {
  warning: 'warning',
  warn: 'warning',
  danger: 'caution',
  error: 'caution',
  caution: 'caution',
  important: 'important',
  tip: 'tip',
  success: 'tip',
};

/**
 * A shortcode the site config maps (lib/config/migration.ts): the Callout's HTML (as its
 * component renders it), an element, or nothing. Blank lines around the inner text let the
 * Markdown in it be read as Markdown inside the HTML block.
 */
export function renderMapped(
  tag: Tag,
  inner: string | undefined,
  target: MappedTo,
  t: Dictionary,
): string {
  if (target === null) return '';
  const inline = inner ?? '';
  // A block: its Markdown read as Markdown, between blank lines (up to 4 lines more).
  const body = inner === undefined ? '' : `\n\n${inline.replace(/^\n+|\n+$/g, '')}\n\n`;
  if (target === 'Callout') {
    const written = (tag.named.type ?? tag.named.class ?? tag.positional[0] ?? '').toLowerCase();
    const kind = CALLOUT_KINDS[written] ?? 'info';
    const label = escapeHtml(tag.named.title ?? t.callout[kind]);
    return `<aside class="callout callout-${kind}" aria-label="${label}"><p class="callout-title">${label}</p>${body}</aside>`;
  }
  if (target === 'TableOfContents') return '';
  const element = target.replace(/[^a-z0-9-]/g, '') || 'span';
  return `<${element}>${inline}</${element}>`;
}

/** A highlight tag's options as a fence's meta: Hugo's attribute list, or Jekyll's words. */
function highlightMeta(tag: Tag): string {
  const options = [
    ...tag.positional.slice(1),
    ...Object.entries(tag.named)
      .filter(([name]) => name !== 'lang')
      .map(([name, value]) => `${name === 'mark_lines' ? 'hl_lines' : name}=${value}`),
  ]
    .join(',')
    .replace(/[\n`{}]/g, ' ')
    .trim();
  if (!options) return '';
  return options.includes('=') ? ` {${options}}` : ` ${options}`;
}

/** What a paired shortcode becomes, given its inner text already expanded. */
export function renderPaired(tag: Tag, inner: string): string | undefined {
  switch (tag.name) {
    case 'highlight': {
      const language = (tag.positional[0] ?? tag.named.lang ?? '').trim();
      // On one line (in a table cell, a sentence): code in the line, as Hugo's HTML sits there.
      if (!inner.includes('\n'))
        return `<code${language ? ` class="language-${escapeHtml(language)}"` : ''}>${escapeHtml(inner)}</code>`;
      // A fenced block, its lines kept: the closing fence on a line of its own. Its options
      // (Hugo's `linenos=table,hl_lines=2 4-5`, Jekyll's `linenos`, `mark_lines="2 4"`) are the
      // fence's, as lib/mdx/fence-meta.ts reads them.
      const body = inner.startsWith('\n') ? inner : `\n${inner}`;
      return `\`\`\`${language}${highlightMeta(tag)}${body.endsWith('\n') ? body : `${body}\n`}\`\`\``;
    }
    case 'details': {
      const summary = tag.named.summary ?? tag.positional[0] ?? 'Détails';
      return `<details${tag.named.open === 'true' ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>${inner}</details>`;
    }
    case 'comment':
      // Liquid's comment: for the author only. Its lines stay, empty.
      return inner.replace(/[^\n]/g, '');
    case 'raw':
      return inner;
    default:
      return undefined;
  }
}
