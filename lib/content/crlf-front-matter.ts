import { createRequire } from 'node:module';

/**
 * Contentlayer reads front matter with gray-matter, which leaves the `\r` of a CRLF file at the
 * end of the block; `yaml` then rejects a flow list such as `tags: ["a", "b"]\r`. Posts written
 * on Windows must build unchanged, so line endings are normalised before `yaml` sees them.
 * Patches the one `yaml` module instance that Contentlayer shares with us; idempotent.
 */
export function acceptCrlfFrontMatter(): void {
  const yaml: { parse: (src: string, ...rest: unknown[]) => unknown; crlfSafe?: boolean } = createRequire(
    `${process.cwd()}/package.json`,
  )('yaml');
  if (yaml.crlfSafe) return;
  const parse = yaml.parse;
  yaml.parse = (src, ...rest) => parse(typeof src === 'string' ? src.replace(/\r\n?/g, '\n') : src, ...rest);
  yaml.crlfSafe = true;
}
