/**
 * Hugo shortcodes (`{{< name … >}}`, `{{% name … %}}`, paired or self-closing, named or
 * positional parameters, nested) and Jekyll's Liquid (`{% highlight %}`, `{% raw %}`,
 * `{% post_url %}`, `{{ site.baseurl }}`…) in `.md` posts, expanded into the Markdown and HTML
 * they stand for, before the Markdown is parsed: as both engines do, everywhere in the file,
 * code blocks included (Hugo's escaped form, the tag's inside wrapped in a C comment, and
 * Liquid's `{% raw %}` keep the syntax as text). No template syntax ever reaches a reader: a shortcode no rule knows renders
 * its inner content (paired) or nothing, and is reported once per name.
 */

import { t as siteStrings, type Dictionary } from '../config/i18n';
import { siteMigration, type MappedTo } from '../config/migration';
import { expandLiquidOutputs, withoutKramdownAttributes } from './jekyll';
import { refMarker } from './refs';
import {
  renderMapped,
  renderPaired,
  renderSingle,
  type Context,
  type RefResolver,
  type ShortcodeUse,
  type Tag,
} from './shortcode-render';

export type { RefResolver, ShortcodeUse };

export interface ExpandedBody {
  text: string;
  unknown: ShortcodeUse[];
}

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
        target !== undefined ? renderMapped(tag, inner, target, ctx.t) : renderPaired(tag, inner);
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
        target !== undefined ? renderMapped(tag, undefined, target, ctx.t) : renderSingle(tag, ctx);
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
    liquidSite = siteMigration.liquidSite,
    t = siteStrings,
  }: {
    firstLine?: number;
    /** The interface strings in the post's language. */
    t?: Dictionary;
    params?: Record<string, unknown>;
    resolveRef?: RefResolver;
    /** Shortcode names to what they become (lib/config/migration.ts). */
    map?: Readonly<Record<string, MappedTo>>;
    /** Values of Jekyll's `{{ site.x }}` (lib/config/migration.ts). */
    liquidSite?: Readonly<Record<string, string>>;
  } = {},
): ExpandedBody {
  const escapes: string[] = [];
  // Hugo's escaped form and Liquid's raw blocks are text: set aside until the end.
  // A placeholder keeps the lines of what it holds: the lines after it keep their numbers.
  const hold = (kept: string) => {
    escapes.push(kept);
    return `\u0000${escapes.length - 1}${'\u0001\n'.repeat(kept.split('\n').length - 1)}\u0000`;
  };
  let text = body.replace(/\{\{([<%])\/\*([\s\S]*?)\*\/([>%])\}\}/g, (_, open, inner, close) =>
    hold(`{{${open}${inner}${close}}}`),
  );
  text = text.replace(/\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g, (_, inner: string) =>
    hold(inner),
  );
  const unknown: ShortcodeUse[] = [];
  // What kramdown and Liquid's outputs leave, before the tags (whose offsets follow).
  text = expandLiquidOutputs(withoutKramdownAttributes(text), {
    params,
    firstLine,
    site: liquidSite,
    unknown,
  });
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
  const ctx: Context = { text, params, resolveRef, map, unknown, lineAt, t };
  const tags = findTags(text);
  let expanded = tags.length === 0 ? text : expandRange(ctx, tags, 0, 0, text.length);
  // Lines a multi-line tag took are given back, so that later line numbers stay the file's.
  const missing = text.split('\n').length - expanded.split('\n').length;
  if (missing > 0) expanded += '\n'.repeat(missing);
  return {
    text: expanded.replace(
      /\u0000(\d+)(?:\u0001\n)*\u0000/g,
      (_, n: string) => escapes[Number(n)] ?? '',
    ),
    unknown: ctx.unknown,
  };
}
