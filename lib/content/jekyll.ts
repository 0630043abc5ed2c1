/**
 * What Jekyll's kramdown and Liquid leave in a post's text, handled before the Markdown is read
 * (./shortcodes.ts calls these): kramdown's attribute lists, a theme's styling, are dropped;
 * Liquid's outputs (`{{ site.repository }}`, `{{ page.title }}`, `{{ "/a" | relative_url }}`)
 * become their values, and an output with no value here becomes nothing, reported once per name.
 * No Liquid ever shows. Code is left as written, but for `site.` and `page.` values, which Jekyll
 * filled in there too.
 */
import { valueAtKey } from './front-matter';
import { mapByCode } from './outside-code';
import type { ShortcodeUse } from './shortcode-render';

const ATTRIBUTE = String.raw`(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+))`;
/** kramdown's attribute lists: `{: .box-note}`, `{:.center}`, `{: #id style="…"}`. */
const KRAMDOWN_ATTRIBUTES = new RegExp(
  String.raw`\{:\s*${ATTRIBUTE}(?:\s+${ATTRIBUTE})*\s*\}`,
  'g',
);

/**
 * `text` without kramdown's attribute lists, on a line of their own (the line is kept, empty, so
 * that later lines keep their numbers) or after a span (`![a](b.png){: .center}`).
 */
export function withoutKramdownAttributes(text: string): string {
  return mapByCode(text, (part) => part.replace(KRAMDOWN_ATTRIBUTES, ''));
}

/** `{{ name }}`, `{{ site.x | prepend: "/" }}`, `{{ "/a" | relative_url }}`; never Go's `{{ .X }}`. */
const OUTPUT =
  /\{\{-?\s*("[^"]*"|'[^']*'|[A-Za-z_][\w-]*(?:\.[\w-]+)*)\s*((?:\|\s*[\w-]+(?:\s*:\s*(?:"[^"]*"|'[^']*'|[\w.-]+))?\s*)*)-?\}\}/g;
const GO_TEMPLATE_WORDS = new Set(['end', 'else', 'break', 'continue', 'nil']);
/** `{{< highlight go >}}…{{< /highlight >}}` and `{% highlight %}…{% endhighlight %}`, whole. */
const HIGHLIGHTED =
  /(\{\{[<%]\s*highlight\b[\s\S]*?\{\{[<%]\s*\/\s*highlight\s*[>%]\}\}|\{%-?\s*highlight\b[\s\S]*?\{%-?\s*endhighlight\s*-?%\})/;
const FILTER = /\|\s*([\w-]+)(?:\s*:\s*(?:"([^"]*)"|'([^']*)'|([\w.-]+)))?/g;

/** A value Liquid prints: text, a number, or a list joined. */
function valueAt(values: Record<string, unknown>, key: string): string | undefined {
  const value = valueAtKey(values, key);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.join(', ');
  return undefined;
}

/**
 * The filters a post's text uses on paths and text; any other leaves the value as it is. An
 * argument without quotes is a variable (`prepend: site.baseurl`).
 */
function applyFilters(
  value: string,
  filters: string,
  resolve: (name: string) => string | undefined,
): string {
  let out = value;
  for (const [, name, doubleQuoted, singleQuoted, bare] of filters.matchAll(FILTER)) {
    const arg = doubleQuoted ?? singleQuoted ?? (bare === undefined ? '' : (resolve(bare) ?? ''));
    if (name === 'prepend') out = arg + out;
    else if (name === 'append') out += arg;
    else if (name === 'downcase') out = out.toLowerCase();
    else if (name === 'upcase') out = out.toUpperCase();
  }
  return out;
}

export interface LiquidContext {
  /** The front matter: `page.x`. */
  params: Record<string, unknown>;
  /** The values of `site.x` the config gives (lib/config/migration.ts). */
  site: Readonly<Record<string, string>>;
  /** The file's line of `text`'s first line. */
  firstLine: number;
  /** Where the outputs without a value are reported. */
  unknown: ShortcodeUse[];
}

/** `text` with Liquid's outputs replaced by their values (see the top of this file). */
export function expandLiquidOutputs(written: string, ctx: LiquidContext): string {
  // An output broken over lines (`{{ site.repository\n}}`) is one output: on one line, as Liquid
  // reads it (the lines after it move up by one).
  const text = written.replace(/\{\{(-?)([^{}]*?)\}\}/g, (output, dash: string, inner: string) =>
    inner.includes('\n') && /^\s*[A-Za-z_"']/.test(inner)
      ? `{{${dash} ${inner.trim().replace(/\s+/g, ' ')} }}`
      : output,
  );
  const lineOf = (offset: number) =>
    ctx.firstLine + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
  const variable = (name: string): string | undefined => {
    const [scope, ...rest] = name.split('.');
    const key = rest.join('.');
    // The blog's own address: its paths are the site's, from its root.
    if (scope === 'site' && /^(baseurl|url)$/.test(key)) return '';
    if (scope === 'site') return valueAt(ctx.site, key);
    if (scope === 'page') return valueAt(ctx.params, key);
    return undefined;
  };
  const replace =
    (anyName: boolean) =>
    (part: string, offset: number): string =>
      part.replace(OUTPUT, (written, name: string, filters: string, at: number) => {
        const quoted = /^["']/.test(name) ? name.slice(1, -1) : undefined;
        const scope = name.split('.')[0] ?? '';
        // Go's template words (`{{ end }}` of a Hugo post about templates) are never Liquid's.
        if (quoted === undefined && GO_TEMPLATE_WORDS.has(scope)) return written;
        if (!anyName && quoted === undefined && scope !== 'site' && scope !== 'page')
          return written;
        const value = quoted ?? variable(name);
        if (value === undefined) {
          ctx.unknown.push({ name: `{{ ${name} }}`, line: lineOf(offset + at), kind: 'variable' });
          return '';
        }
        return applyFilters(value, filters, variable);
      });
  // Code highlighted by a shortcode or a Liquid tag is code, as a fenced block is.
  let at = 0;
  return text
    .split(HIGHLIGHTED)
    .map((part, i) => {
      const start = at;
      at += part.length;
      return i % 2 === 1
        ? replace(false)(part, start)
        : // Liquid ran through raw HTML too.
          mapByCode(
            part,
            shifted(replace(true), start),
            shifted(replace(false), start),
            shifted(replace(true), start),
          );
    })
    .join('');
}

/** `fn` with the offsets of a part of the text, counted from the text's start. */
function shifted(
  fn: (part: string, offset: number) => string,
  by: number,
): (part: string, offset: number) => string {
  return (part, offset) => fn(part, offset + by);
}
