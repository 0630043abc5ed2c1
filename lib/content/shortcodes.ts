/**
 * Hugo shortcodes (`{{< name … >}}`, `{{% name … %}}`, paired or self-closing, named or
 * positional parameters, nested) and Jekyll's Liquid (`{% highlight %}`, `{% raw %}`,
 * `{% post_url %}`, `{{ site.baseurl }}`…) in `.md` posts, expanded into the Markdown and HTML
 * they stand for, before the Markdown is parsed: as both engines do, everywhere in the file,
 * code blocks included (Hugo's escaped form, the tag's inside wrapped in a C comment, and
 * Liquid's `{% raw %}` keep the syntax as text). No template syntax ever reaches a reader: a shortcode no rule knows renders
 * its inner content (paired) or nothing, and is reported once per name.
 */

export interface ShortcodeUse {
  name: string;
  /** The file's line. */
  line: number;
}

export interface ExpandedBody {
  text: string;
  unknown: ShortcodeUse[];
}

import { t } from '../config/i18n';
import { siteMigration, type MappedTo } from '../config/migration';
import { refMarker } from './refs';

interface Tag {
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

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** `a "b c" d=e f="g h"` as Hugo reads parameters. */
function parseParams(text: string): { positional: string[]; named: Record<string, string> } {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  const token =
    /([\w.-]+)\s*=\s*("(?:[^"\\]|\\.)*"|`[^`]*`|'[^']*'|[^\s"'`]+)|("(?:[^"\\]|\\.)*"|`[^`]*`|'[^']*'|[^\s"'`]+)/g;
  const unquote = (v: string) =>
    /^["'`]/.test(v) ? v.slice(1, -1).replace(/\\(["\\])/g, '$1') : v;
  for (const match of text.matchAll(token)) {
    if (match[1] !== undefined && match[2] !== undefined)
      named[match[1].toLowerCase()] = unquote(match[2]);
    else if (match[3] !== undefined) positional.push(unquote(match[3]));
  }
  return { positional, named };
}

// {{< name params >}}, {{% /name %}}, {{< name />}}; params may hold quoted `>` and span lines.
const HUGO =
  /\{\{([<%])\s*(\/)?\s*([\w./-]+)((?:"(?:[^"\\]|\\.)*"|`[^`]*`|[^"`%>])*?)\s*(\/)?\s*([>%])\}\}/g;
// {% name params %}
const LIQUID = /\{%-?\s*(end)?(\w+)\s*([^%]*?)\s*-?%\}/g;

function findTags(text: string): Tag[] {
  const tags: Tag[] = [];
  for (const m of text.matchAll(HUGO)) {
    // The delimiters pair up: `{{<` with `>}}`, `{{%` with `%}}`.
    if ((m[1] === '<') !== (m[6] === '>')) continue;
    tags.push({
      kind: 'hugo',
      closing: m[2] === '/',
      selfClosing: m[5] === '/',
      name: (m[3] ?? '').toLowerCase(),
      ...parseParams(m[4] ?? ''),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  for (const m of text.matchAll(LIQUID)) {
    tags.push({
      kind: 'liquid',
      closing: m[1] === 'end',
      selfClosing: false,
      name: (m[2] ?? '').toLowerCase(),
      ...parseParams(m[3] ?? ''),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return tags.sort((a, b) => a.start - b.start);
}

const LIQUID_PAIRED = new Set(['highlight', 'raw', 'comment', 'if', 'unless', 'for', 'capture']);

/** Where a `ref` leads: by default a marker that lib/content/refs.ts resolves once posts are known. */
export type RefResolver = (line: number, target: string) => string;

interface Context {
  text: string;
  params: Record<string, unknown>;
  resolveRef: RefResolver;
  map: Readonly<Record<string, MappedTo>>;
  unknown: ShortcodeUse[];
  lineAt: (offset: number) => number;
}

/** A front-matter value by its dotted, case-insensitive key (Hugo's `param`). */
function paramValue(params: Record<string, unknown>, key: string): string {
  let value: unknown = params;
  for (const part of key.split('.')) {
    if (!value || typeof value !== 'object') return '';
    const entry = Object.entries(value).find(([k]) => k.toLowerCase() === part.toLowerCase());
    value = entry?.[1];
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

const link = (href: string, label: string) =>
  `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;

/** What a self-closing (or inner-less) shortcode becomes; undefined for an unknown name. */
function renderSingle(tag: Tag, ctx: Context): string | undefined {
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
    case 'youtube': {
      const id = arg('id', 0);
      return link(
        `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`,
        tag.named.title ?? `YouTube : ${id}`,
      );
    }
    case 'vimeo': {
      const id = arg('id', 0);
      return link(
        `https://vimeo.com/${encodeURIComponent(id)}`,
        tag.named.title ?? `Vimeo : ${id}`,
      );
    }
    case 'gist': {
      const user = arg('user', 0);
      const id = arg('id', 1);
      return link(`https://gist.github.com/${user}/${id}`, `Gist ${user}/${id}`);
    }
    case 'x':
    case 'tweet': {
      const user = tag.named.user ?? '';
      const id = tag.named.id ?? tag.positional.at(-1) ?? '';
      return link(
        `https://x.com/${user || 'i'}/status/${id}`,
        user ? `Post de @${user} sur X` : 'Post sur X',
      );
    }
    case 'instagram': {
      const id = arg('id', 0);
      return link(`https://www.instagram.com/p/${id}/`, `Instagram : ${id}`);
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

const CALLOUT_KINDS: Record<string, 'info' | 'tip' | 'warning'> = {
  warning: 'warning',
  warn: 'warning',
  danger: 'warning',
  error: 'warning',
  caution: 'warning',
  important: 'warning',
  tip: 'tip',
  success: 'tip',
};

/**
 * A shortcode the site config maps (lib/config/migration.ts): the Callout's HTML (as its
 * component renders it), an element, or nothing. Blank lines around the inner text let the
 * Markdown in it be read as Markdown inside the HTML block.
 */
function renderMapped(tag: Tag, inner: string | undefined, target: MappedTo): string {
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

/** What a paired shortcode becomes, given its inner text already expanded. */
function renderPaired(tag: Tag, inner: string): string | undefined {
  switch (tag.name) {
    case 'highlight': {
      // A fenced block, its lines kept: the closing fence on a line of its own.
      const language = (tag.positional[0] ?? tag.named.lang ?? '').trim();
      const body = inner.startsWith('\n') ? inner : `\n${inner}`;
      return `\`\`\`${language}${body.endsWith('\n') ? body : `${body}\n`}\`\`\``;
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

/** Expands `tags[from..]` up to the closing tag of `open` (or the end), returning the text. */
function expandRange(
  ctx: Context,
  tags: Tag[],
  from: number,
  textStart: number,
  textEnd: number,
): string {
  let out = '';
  let cursor = textStart;
  let i = from;
  while (i < tags.length) {
    const tag = tags[i];
    if (!tag || tag.start >= textEnd) break;
    if (tag.start < cursor) {
      i += 1;
      continue;
    }
    out += ctx.text.slice(cursor, tag.start);
    const line = ctx.lineAt(tag.start);
    if (tag.closing) {
      // A closing tag without its opening one: dropped.
      cursor = tag.end;
      i += 1;
      continue;
    }
    const close = tag.selfClosing ? -1 : findClose(tags, i, textEnd);
    const closeTag = close >= 0 ? tags[close] : undefined;
    if (closeTag) {
      // `raw` and `highlight` keep their inner text as written: no expansion inside.
      const verbatim = tag.name === 'raw' || tag.name === 'highlight';
      const inner = verbatim
        ? ctx.text.slice(tag.end, closeTag.start)
        : expandRange(ctx, tags, i + 1, tag.end, closeTag.start);
      const target = tag.kind === 'hugo' ? ctx.map[tag.name] : undefined;
      let rendered =
        target !== undefined ? renderMapped(tag, inner, target) : renderPaired(tag, inner);
      if (rendered === undefined) {
        rendered = renderSingle(tag, ctx);
        if (rendered === undefined) ctx.unknown.push({ name: tag.name, line });
        rendered = `${rendered ?? ''}${inner}`;
      }
      out += rendered;
      cursor = closeTag.end;
      i = close + 1;
    } else {
      const target = tag.kind === 'hugo' ? ctx.map[tag.name] : undefined;
      const rendered =
        target !== undefined ? renderMapped(tag, undefined, target) : renderSingle(tag, ctx);
      if (rendered === undefined) ctx.unknown.push({ name: tag.name, line });
      out += rendered ?? '';
      cursor = tag.end;
      i += 1;
    }
  }
  return out + ctx.text.slice(cursor, textEnd);
}

/** The index of the tag closing `tags[open]` at the same depth, or -1. */
function findClose(tags: Tag[], open: number, textEnd: number): number {
  const opening = tags[open];
  if (!opening) return -1;
  if (opening.kind === 'liquid' && !LIQUID_PAIRED.has(opening.name)) return -1;
  let depth = 0;
  for (let i = open + 1; i < tags.length; i += 1) {
    const tag = tags[i];
    if (!tag || tag.start >= textEnd) break;
    if (tag.kind !== opening.kind || tag.name !== opening.name) continue;
    if (tag.closing) {
      if (depth === 0) return i;
      depth -= 1;
    } else if (!tag.selfClosing) depth += 1;
  }
  return -1;
}

/**
 * `body` (starting on the file's line `firstLine`) with its shortcodes and Liquid expanded, and
 * the names no rule knows. `params`: the front matter, for Hugo's `param`.
 */
export function expandShortcodes(
  body: string,
  {
    firstLine = 1,
    params = {},
    resolveRef = refMarker,
    map = siteMigration.shortcodes,
  }: {
    firstLine?: number;
    params?: Record<string, unknown>;
    resolveRef?: RefResolver;
    /** Shortcode names to what they become (lib/config/migration.ts). */
    map?: Readonly<Record<string, MappedTo>>;
  } = {},
): ExpandedBody {
  const escapes: string[] = [];
  // Hugo's escaped form and Liquid's raw blocks are text: set aside until the end.
  let text = body.replace(/\{\{([<%])\/\*([\s\S]*?)\*\/([>%])\}\}/g, (_, open, inner, close) => {
    escapes.push(`{{${open}${inner}${close}}}`);
    return `\u0000${escapes.length - 1}\u0000`;
  });
  text = text.replace(
    /\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g,
    (_, inner: string) => {
      escapes.push(inner);
      return `\u0000${escapes.length - 1}\u0000`;
    },
  );
  // Jekyll's site variables and URL filters: the site's own paths.
  text = text
    .replace(/\{\{\s*site\.(baseurl|url)\s*\}\}/g, '')
    .replace(/\{\{\s*(["'])(.*?)\1\s*\|\s*(?:relative_url|absolute_url)\s*\}\}/g, '$2');
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return firstLine + low;
  };
  const ctx: Context = { text, params, resolveRef, map, unknown: [], lineAt };
  const tags = findTags(text);
  let expanded = tags.length === 0 ? text : expandRange(ctx, tags, 0, 0, text.length);
  // Lines a multi-line tag took are given back, so that later line numbers stay the file's.
  const missing = text.split('\n').length - expanded.split('\n').length;
  if (missing > 0) expanded += '\n'.repeat(missing);
  return {
    text: expanded.replace(/\u0000(\d+)\u0000/g, (_, n: string) => escapes[Number(n)] ?? ''),
    unknown: ctx.unknown,
  };
}
