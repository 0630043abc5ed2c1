/**
 * The shortcodes no rule knows, gathered over a build: one warning per name, with how many posts
 * use it and where it is first met, so that the author can map it (or let it go).
 */
import type { ShortcodeUse } from './shortcodes';

const seen = new Map<string, { posts: Set<string>; first: string; variable: boolean }>();

export function recordUnknownShortcodes(file: string, uses: readonly ShortcodeUse[]): void {
  for (const use of uses) {
    const entry = seen.get(use.name) ?? {
      posts: new Set<string>(),
      first: `${file}:${use.line}`,
      variable: use.kind === 'variable',
    };
    entry.posts.add(file);
    seen.set(use.name, entry);
  }
}

/** The warnings, one per name, most used first; the record is emptied for the next build. */
export function unknownShortcodeWarnings(): string[] {
  const lines = [...seen.entries()]
    .sort((a, b) => b[1].posts.size - a[1].posts.size || a[0].localeCompare(b[0]))
    .map(([name, { posts, first, variable }]) => {
      const where = `${posts.size} post${posts.size > 1 ? 's' : ''} (first at ${first})`;
      return variable
        ? `Liquid output "${name}" has no value here: ${where}; it shows nothing (a site.x value goes in lib/config/migration.ts, liquidSite).`
        : `shortcode "${name}" is not one Carnet knows: ${where}; its inner text is kept, the tag itself dropped.`;
    });
  seen.clear();
  return lines;
}
