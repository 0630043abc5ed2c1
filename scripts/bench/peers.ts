/**
 * Two peers built on the same generated corpus, on the same machine and in the same run as the
 * blog (./builds.ts): the most used Next.js blog starter, timlrx/tailwind-nextjs-starter-blog
 * (Contentlayer and Next.js too), and Hugo. Neither is part of this repository:
 * - the starter is exported from a clone of its repository, STARTER_GIT (a git directory; the
 *   default is where the tool library's `fetch github:timlrx/tailwind-nextjs-starter-blog`
 *   puts it), into .e2e/peer-starter, and installed there once with npm; its Google fonts
 *   become the system font (`offline`), as this machine reaches no font server;
 * - Hugo is Debian's package (scripts/ensure-hugo.sh), with the few templates below: a page per
 *   post, paginated listings, tag pages and Hugo's own RSS.
 * Without the clone, the starter is left out and the bench says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { childEnv, repoRoot } from '../../test/support/site';
import { toMdx, type CorpusPost } from './corpus';
import { timedRun, type TimedRun } from './timed-run';

export interface PeerBuild {
  label: string;
  posts: number;
  /** The whole build, as its README says to run it. */
  build: TimedRun;
  /** What was built: its version, and the command. */
  source: string;
}

const STARTER_GIT =
  process.env.STARTER_GIT ?? '/work/.mirror/timlrx+tailwind-nextjs-starter-blog/repo';
const STARTER_DIR = join(repoRoot, '.e2e', 'peer-starter');
const HUGO_DIR = join(repoRoot, '.e2e', 'peer-hugo');

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/**
 * The one change made to the starter: `next/font/google` fetches its fonts at build time, and this
 * machine reaches no font server, so each such font becomes the system font.
 */
function offline(dir: string): void {
  for (const file of ['app/layout.tsx', 'components/LayoutWrapper.tsx']) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        /^import \{ (\w+) \} from 'next\/font\/google'$/m,
        "const $1 = (_options: object) => ({ variable: '', className: '' })",
      ),
    );
  }
}

/** The starter at the clone's HEAD, installed once (npm, its scripts off: its `prepare` wants a git work tree). */
function starterCommit(log: (line: string) => void): string | undefined {
  if (!existsSync(STARTER_GIT)) return undefined;
  const commit = execFileSync('git', ['--git-dir', STARTER_GIT, 'rev-parse', 'HEAD'], {
    encoding: 'utf8',
  }).trim();
  const marker = join(STARTER_DIR, '.bench-commit');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === commit) return commit;
  log(`Installing the starter (${commit.slice(0, 8)}) in ${STARTER_DIR}…`);
  rmSync(STARTER_DIR, { recursive: true, force: true });
  mkdirSync(STARTER_DIR, { recursive: true });
  execFileSync('bash', [
    '-c',
    `git --git-dir "${STARTER_GIT}" archive HEAD | tar -x -C "${STARTER_DIR}"`,
  ]);
  offline(STARTER_DIR);
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--legacy-peer-deps'],
    {
      cwd: STARTER_DIR,
      stdio: 'inherit',
    },
  );
  writeFileSync(marker, commit);
  return commit;
}

/** The starter's own build (`yarn build`: `next build`, then its feed script). */
export async function buildStarter(
  corpus: readonly CorpusPost[],
  log: (line: string) => void,
): Promise<PeerBuild | undefined> {
  const commit = starterCommit(log);
  if (!commit) {
    log(`No clone of the starter at ${STARTER_GIT} (set STARTER_GIT): left out.`);
    return undefined;
  }
  for (const dir of ['data/blog', '.next', '.contentlayer', 'public/tags-data.json'])
    rmSync(join(STARTER_DIR, dir), { recursive: true, force: true });
  writeFiles(
    join(STARTER_DIR, 'data', 'blog'),
    Object.fromEntries(corpus.map((post) => [post.file, toMdx(post)])),
  );
  log(`Building the starter on ${corpus.length} posts…`);
  // Its `build` script without the lint step: at the clone's HEAD, with the versions its lock
  // file names, its own Prettier rule fails four of its files, so `next build` would stop there.
  const build = await timedRun(
    STARTER_DIR,
    ['bash', '-c', 'npx next build --no-lint && node ./scripts/postbuild.mjs'],
    childEnv(STARTER_DIR, { INIT_CWD: STARTER_DIR }),
  );
  if (build.code !== 0)
    throw new Error(`The starter's build failed:\n${build.output.slice(-4000)}`);
  return {
    label: `peer: tailwind-nextjs-starter-blog, ${corpus.length.toLocaleString('en-US')} posts`,
    posts: corpus.length,
    build,
    source: `timlrx/tailwind-nextjs-starter-blog ${commit.slice(0, 8)}, \`next build --no-lint && node ./scripts/postbuild.mjs\``,
  };
}

const HUGO_CONFIG = `baseURL = "https://exemple.fr/"
languageCode = "fr"
title = "Bench"
paginate = 10
[taxonomies]
tag = "tags"
`;

const HUGO_LAYOUTS = {
  'layouts/_default/baseof.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>\n`,
  'layouts/_default/single.html': `{{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>{{ .Content }}<ul>{{ range .Params.tags }}<li><a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul></article>{{ end }}\n`,
  'layouts/_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>{{ range (.Paginate .Pages).Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Summary }}</p></article>{{ end }}{{ template "_internal/pagination.html" . }}{{ end }}\n`,
  'layouts/index.html': `{{ define "main" }}{{ range (.Paginate (where .Site.RegularPages "Section" "posts")).Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Summary }}</p></article>{{ end }}{{ template "_internal/pagination.html" . }}{{ end }}\n`,
};

/** Hugo on the same posts, as `.md` (the corpus is plain Markdown). */
export async function buildHugo(corpus: readonly CorpusPost[]): Promise<PeerBuild> {
  rmSync(HUGO_DIR, { recursive: true, force: true });
  writeFiles(HUGO_DIR, {
    'hugo.toml': HUGO_CONFIG,
    ...HUGO_LAYOUTS,
    ...Object.fromEntries(
      corpus.map((post) => [`content/posts/${post.file.replace(/\.mdx$/, '.md')}`, toMdx(post)]),
    ),
  });
  const build = await timedRun(HUGO_DIR, ['hugo', '--quiet'], childEnv(HUGO_DIR, {}));
  if (build.code !== 0) throw new Error(`Hugo's build failed:\n${build.output.slice(-4000)}`);
  const version = spawnSync('hugo', ['version'], { encoding: 'utf8' }).stdout.split(' ')[1] ?? '?';
  return {
    label: `peer: Hugo, ${corpus.length.toLocaleString('en-US')} posts`,
    posts: corpus.length,
    build,
    source: `Hugo ${version} (Debian), \`hugo\``,
  };
}
