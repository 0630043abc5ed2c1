/**
 * How posts' URLs are built: the part of the config (lib/config/site.ts) that the content build
 * reads too. A blog moving in from Hugo sets its `[permalinks]` pattern here, with Hugo's tokens
 * (lib/content/permalink.ts), and its `removePathAccents`.
 */
export interface UrlConfig {
  /**
   * The path of every post: `:year`, `:month`, `:monthname`, `:day`, `:weekday`,
   * `:weekdayname`, `:yearday`, `:section`, `:sections`, `:title`, `:slug` (front-matter slug,
   * else the title), `:filename`, `:slugorfilename`, `:contentbasename`,
   * `:slugorcontentbasename`, as Hugo defines them. A trailing slash is accepted and dropped:
   * pages never end with one, and the slashed address answers with one redirect.
   */
  postPermalink: string;
  /** Hugo's removePathAccents: `é` becomes `e` in the paths made from titles and names. */
  removePathAccents: boolean;
  /**
   * Hugo's `[frontmatter] date = [":filename", …]`: the rest of a `YYYY-MM-DD-name` file name is
   * `:slug` when front matter has no slug. Off by default, as in Hugo: `:slug` is then the title.
   */
  fileNameSlug?: boolean;
}

export const siteUrls = {
  // Front-matter slug, else the file name (without a YYYY-MM-DD- prefix): Carnet's URLs. Hugo's
  // `:slug` would fall back to the title instead.
  postPermalink: '/posts/:slugorfilename',
  removePathAccents: true,
  fileNameSlug: false,
} satisfies UrlConfig;
