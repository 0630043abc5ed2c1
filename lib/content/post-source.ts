/**
 * A post's file as the build reads it, for the build (contentlayer.config.ts), the draft preview
 * and `content:check` alike: its fields (./post-fields.ts) and, in `.md`, its shortcodes and
 * Liquid expanded (./shortcodes.ts) with every line where it was.
 */
import { stringsFor } from '../config/i18n';
import { siteLocale } from '../config/locale';
import type { BodyFormat } from './analyze';
import { readPostFields, type PostFields } from './post-fields';
import { expandShortcodes, type RefResolver, type ShortcodeUse } from './shortcodes';

export interface PostSourceParts {
  format: BodyFormat;
  fields: PostFields;
  /** The whole file, front matter included, shortcodes expanded. */
  source: string;
  /** The body alone, shortcodes expanded. */
  body: string;
  /** The file's line of the body's first line. */
  bodyLine: number;
  /** Shortcodes no rule knows, with their lines. */
  unknown: ShortcodeUse[];
}

/** `source`, the text of `file` (`content/posts/…`); throws PostFieldsError like readPostFields. */
export function readPostParts(
  file: string,
  source: string,
  resolveRef?: RefResolver,
): PostSourceParts {
  const { fields, body } = readPostFields(file, source);
  const format: BodyFormat = file.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md';
  const head = source.slice(0, source.length - body.length);
  const bodyLine = head.split('\n').length;
  // MDX has components instead: shortcodes are Markdown's.
  const expanded =
    format === 'mdx'
      ? { text: body, unknown: [] }
      : expandShortcodes(body, {
          firstLine: bodyLine,
          params: { ...fields },
          t: stringsFor(fields.lang ?? siteLocale.language),
          ...(resolveRef ? { resolveRef } : {}),
        });
  return {
    format,
    fields,
    source: head + expanded.text,
    body: expanded.text,
    bodyLine,
    unknown: expanded.unknown,
  };
}
