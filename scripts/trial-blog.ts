/**
 * `npm run trial:blog -- <dir>`: a blog moved in as it is, measured the way readers and search
 * engines will meet it (README, "Moving in"). `<dir>` holds the blog's files, never this
 * repository's: `posts/` (copied to content/posts/) or `content/` (copied as it is, for
 * content/<lang>/posts/), `public/` (merged into public/), and `info.json`:
 * `{ "permalink": "/:year/:month/:day/:slug/", "removePathAccents": false, "fileNameSlug": false,
 * "defaultLanguage": "en", "liquidSite": { "repository": "…" } }`: the config lines a mover sets.
 *
 * A copy of the project under .e2e/ gets those files and config lines only; then content:check,
 * the build, and, on `next start`, every publishable post's URL (200), its slashed form and each
 * old address (one 308 to it), every local image and file of its article (200, images sized),
 * and template syntax (`{{<`, `{%`, `{{ .Param }}`) anywhere a reader or a crawler looks: pages
 * outside code blocks, meta descriptions, summaries, feeds. Prints the figures, and each failure.
 */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StoreIndex } from '../lib/content/store-layout';
import { buildSite, makeSite, repoRoot, run, startSite } from '../test/support/site';

interface TrialInfo {
  permalink: string;
  removePathAccents?: boolean;
  fileNameSlug?: boolean;
  defaultLanguage?: string;
  /** Jekyll's `site.x` values the posts print (lib/config/migration.ts). */
  liquidSite?: Record<string, string>;
}

const SITE_URL = 'https://trial.example';
const TSX = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
/**
 * Template syntax of Hugo, Jekyll and Liquid (`{{<`, `{{%`, `%}}`, `{%`, `{{ .X }}`,
 * `{{ site.x }}`), and kramdown's attributes (`{: .note}`, `## Title {#id}`).
 */
const TEMPLATE =
  /\{\{[<%]|[>%]\}\}|\{%-?\s*[a-z]|\{\{-?\s*[.$]?[a-z_][\w.]*\s*(?:\|[^}]*)?-?\}\}|\{:\s*[.#]|\{#[\w-]+[^}]*\}/i;

/** The config lines of `file`, checked: a permalink pattern at least. */
function readInfo(file: string): TrialInfo {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const text = (key: string) => (typeof record[key] === 'string' ? record[key] : undefined);
  const permalink = text('permalink');
  if (!permalink) {
    console.error(`${file}: "permalink" must be the posts' URL pattern, such as "/:year/:slug/".`);
    process.exit(2);
  }
  const liquidSite = record.liquidSite;
  return {
    permalink,
    removePathAccents: record.removePathAccents === true,
    fileNameSlug: record.fileNameSlug === true,
    defaultLanguage: text('defaultLanguage'),
    liquidSite:
      typeof liquidSite === 'object' && liquidSite !== null
        ? Object.fromEntries(
            Object.entries(liquidSite).filter(
              (e): e is [string, string] => typeof e[1] === 'string',
            ),
          )
        : {},
  };
}

const dir = resolve(process.argv[2] ?? '');
if (!existsSync(join(dir, 'info.json'))) {
  console.error('usage: npm run trial:blog -- <dir with posts/ or content/, public/, info.json>');
  process.exit(2);
}
const info = readInfo(join(dir, 'info.json'));
const language = (info.defaultLanguage ?? 'fr').toLowerCase().startsWith('en') ? 'en' : 'fr';

const site = makeSite(`trial-${dir.split('/').pop() ?? 'blog'}`, {
  'lib/config/urls.ts': `export interface UrlConfig {
  postPermalink: string;
  removePathAccents: boolean;
  fileNameSlug?: boolean;
}

export const siteUrls = {
  postPermalink: ${JSON.stringify(info.permalink)},
  removePathAccents: ${info.removePathAccents === true},
  fileNameSlug: ${info.fileNameSlug === true},
} satisfies UrlConfig;
`,
  'lib/config/migration.ts': readFileSync('lib/config/migration.ts', 'utf8').replace(
    'liquidSite: {},',
    `liquidSite: ${JSON.stringify(info.liquidSite ?? {})},`,
  ),
  // content:check runs in the copy, with its config.
  'scripts/content-check.ts': readFileSync('scripts/content-check.ts', 'utf8'),
  'lib/config/locale.ts': readFileSync('lib/config/locale.ts', 'utf8')
    .replace(/language: '\w+'/, `language: '${language}'`)
    .replace(/locale: '[\w-]+'/, `locale: '${language === 'en' ? 'en-US' : 'fr-FR'}'`),
});
rmSync(join(site, 'content'), { recursive: true, force: true });
if (existsSync(join(dir, 'content')))
  cpSync(join(dir, 'content'), join(site, 'content'), { recursive: true });
else cpSync(join(dir, 'posts'), join(site, 'content', 'posts'), { recursive: true });
if (existsSync(join(dir, 'public')))
  cpSync(join(dir, 'public'), join(site, 'public'), { recursive: true });

const env = { SITE_URL };
const failures: string[] = [];
const checked = await run(site, [TSX, 'scripts/content-check.ts', '--json'], env);
let problems: Array<{ severity: string }> = [];
try {
  problems = (JSON.parse(checked.output.slice(checked.output.indexOf('{'))) as { problems: [] })
    .problems;
} catch {
  failures.push(`content:check did not answer JSON:\n${checked.output.slice(0, 2000)}`);
}
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');

const started = Date.now();
const build = await buildSite(site, env);
const buildSeconds = (Date.now() - started) / 1000;
if (build.code !== 0) {
  console.log(
    build.output
      .split('\n')
      .filter((l) => /error|problem|^\s+content\//i.test(l))
      .join('\n'),
  );
  console.log(
    JSON.stringify(
      { built: false, contentCheck: { errors: errors.length, warnings: warnings.length } },
      null,
      2,
    ),
  );
  process.exit(1);
}

const store = JSON.parse(
  readFileSync(join(site, '.contentlayer/store/index.json'), 'utf8'),
) as StoreIndex;
const now = Date.now();
const publishable = store.posts.filter(
  (p) =>
    !p.draft &&
    Date.parse(p.publishAt ?? p.date) <= now &&
    (p.expiresAt === undefined || Date.parse(p.expiresAt) > now),
);

const server = await startSite(site, env);
const get = (path: string) => fetch(server.url + path, { redirect: 'manual' });
/** What a reader sees and a crawler indexes: no code blocks, no scripts (the RSC payload repeats the article). */
const visible = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<pre\b[\s\S]*?<\/pre>/gi, '')
    .replace(/<code\b[\s\S]*?<\/code>/gi, '');

let pagesOk = 0;
let redirectsOk = 0;
let redirects = 0;
let pagesWithTemplate = 0;
let images = 0;
let imagesOk = 0;
let remoteImages = 0;
let files = 0;
let filesOk = 0;
const assetStatus = new Map<string, number>();
const status = async (path: string) => {
  let known = assetStatus.get(path);
  if (known === undefined) {
    const res = await get(path);
    await res.arrayBuffer();
    known = res.status;
    assetStatus.set(path, known);
  }
  return known;
};

try {
  for (const post of publishable) {
    const res = await get(post.url);
    const html = await res.text();
    if (res.status !== 200) {
      failures.push(`${post.sourcePath}: ${post.url} answers ${res.status}`);
      continue;
    }
    pagesOk += 1;
    const shown = visible(html);
    const template = TEMPLATE.exec(shown);
    if (template) {
      pagesWithTemplate += 1;
      const at = template.index;
      failures.push(
        `${post.sourcePath}: template syntax on ${post.url}: …${shown.slice(Math.max(0, at - 60), at + 60)}…`,
      );
    }
    if (TEMPLATE.test(post.excerpt))
      failures.push(`${post.sourcePath}: template syntax in its summary`);
    const article = /<article\b[\s\S]*<\/article>/i.exec(html)?.[0] ?? '';
    for (const tag of article.match(/<img\b[^>]*>/gi) ?? []) {
      const src = /\ssrc="([^"]*)"/i.exec(tag)?.[1]?.replace(/&amp;/g, '&') ?? '';
      if (/^https?:\/\//i.test(src)) {
        remoteImages += 1;
        continue;
      }
      images += 1;
      const sized = /\swidth="\d+"/.test(tag) && /\sheight="\d+"/.test(tag);
      const code = await status(src);
      if (code === 200 && sized) imagesOk += 1;
      else
        failures.push(
          `${post.sourcePath}: image ${src} answers ${code}${sized ? '' : ', unsized'}`,
        );
    }
    for (const [, href = ''] of article.matchAll(/\shref="(\/media\/[^"]*)"/gi)) {
      files += 1;
      const code = await status(href.replace(/&amp;/g, '&'));
      if (code === 200) filesOk += 1;
      else failures.push(`${post.sourcePath}: file ${href} answers ${code}`);
    }
    for (const old of [
      `${post.url}/`,
      ...(post.aliases ?? []),
      post.url === `/posts/${post.slug}` ? [] : [`/posts/${post.slug}`],
    ].flat()) {
      redirects += 1;
      const hop = await get(old);
      await hop.arrayBuffer();
      const location = hop.headers.get('location') ?? '';
      const target = location && new URL(location, server.url);
      if (hop.status === 308 && target && decodeURI(target.pathname) === decodeURI(post.url))
        redirectsOk += 1;
      else failures.push(`${post.sourcePath}: ${old} answers ${hop.status} ${location}`);
    }
  }
  for (const feed of ['/feed.xml', '/atom.xml', '/feed.json']) {
    const body = await (await get(feed)).text();
    // Code blocks of the feed's articles may show template syntax as code: only the rest counts.
    const shown = body.replace(
      /&lt;pre[\s\S]*?&lt;\/pre&gt;|<pre\b[\s\S]*?<\/pre>|\\u003cpre[\s\S]*?\/pre\\u003e|<pre[\s\S]*?\\u003c\/pre|&lt;code[\s\S]*?&lt;\/code&gt;|<code[\s\S]*?<\/code>/gi,
      '',
    );
    if (TEMPLATE.test(shown))
      failures.push(`${feed}: template syntax: ${TEMPLATE.exec(shown)?.[0]}`);
  }
} finally {
  await server.stop();
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`;
console.log(failures.slice(0, 80).join('\n'));
if (failures.length > 80) console.log(`… and ${failures.length - 80} more`);
console.log(
  JSON.stringify(
    {
      postFiles: store.posts.length,
      publishable: publishable.length,
      built: true,
      buildSeconds,
      contentCheck: { errors: errors.length, warnings: warnings.length },
      pagesAnswering: `${pagesOk}/${publishable.length} (${percent(pagesOk, publishable.length)})`,
      pagesWithTemplateSyntax: pagesWithTemplate,
      oldAddresses: `${redirectsOk}/${redirects} single 308s to the post`,
      localImages: `${imagesOk}/${images} served and sized (${remoteImages} remote, kept as written)`,
      linkedFiles: `${filesOk}/${files}`,
    },
    null,
    2,
  ),
);
process.exit(failures.length === 0 ? 0 : 1);
