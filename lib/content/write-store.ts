/**
 * Writes the content store (./store-layout.ts) from Contentlayer's documents. Only
 * contentlayer.config.ts imports this, in plain Node, where `server-only` would throw: the server
 * reads the store (./store.ts), never writes it.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { MarkdownPost, MdxPost } from 'contentlayer/generated';
import { MediaLibrary } from '../media/library';
import {
  publishArticle,
  publishCover,
  type CoverImage,
  type MediaReport,
} from '../media/publish-article';
import { siteLocale } from '../config/locale';
import { siteUrls } from '../config/urls';
import type { TocEntry } from './analyze';
import { RENDERED_DIR, readRendered } from './rendered-bodies';
import { writeAtomically } from './write-atomically';
import { addressProblems, postAddresses, type PostAddresses } from './addresses';
import { refIndex, resolveRefs } from './refs';
import { translationGroup } from './slug';
import { deadLinks, draftProblem, type LinkedPost, type Reference } from './links';
import {
  BODIES_DIR,
  INDEX_FILE,
  MEDIA_DIRS,
  STORE_DIR,
  bodyFile,
  type PostRecord,
  type StoreIndex,
} from './store-layout';

/**
 * The documents of the generation Contentlayer has just written, from its `_index.json` files.
 * Not through `onSuccess`'s `importData()`: under `contentlayer2 dev`, Node caches the module it
 * imports, so every later generation would hand back the first one's documents.
 */
export function generatedDocuments(
  dir: string = join(process.cwd(), '.contentlayer', 'generated'),
): Array<MdxPost | MarkdownPost> {
  return (['MdxPost', 'MarkdownPost'] as const).flatMap((type) => {
    const file = join(dir, type, '_index.json');
    // Written by Contentlayer from documents it validated against the schema.
    return existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as Array<MdxPost | MarkdownPost>)
      : [];
  });
}

/** The article files of the index about to be replaced, if any. */
function previousBodies(dir: string): Set<string> {
  try {
    const index: unknown = JSON.parse(readFileSync(join(dir, INDEX_FILE), 'utf8'));
    const posts =
      typeof index === 'object' && index !== null && 'posts' in index && Array.isArray(index.posts)
        ? index.posts
        : [];
    const slugs = posts.flatMap((p: unknown) =>
      typeof p === 'object' && p !== null && 'slug' in p && typeof p.slug === 'string'
        ? [p.slug]
        : [],
    );
    return new Set(
      slugs.flatMap((slug) => [bodyFile(dir, slug, 'html'), bodyFile(dir, slug, 'txt')]),
    );
  } catch {
    return new Set();
  }
}

/** `linked`: text with its refs resolved (a bare `ref` in the first paragraph is in the excerpt). */
function toRecord(
  doc: MdxPost | MarkdownPost,
  addresses: PostAddresses,
  cover: CoverImage | undefined,
  linked: (text: string) => string,
): PostRecord {
  return {
    slug: doc.postSlug,
    url: addresses.url,
    ...(addresses.aliases.length > 0 ? { aliases: addresses.aliases } : {}),
    title: doc.title,
    date: doc.publishedAt,
    updatedAt: doc.updatedAt,
    ...(doc.publishAt !== doc.publishedAt ? { publishAt: doc.publishAt } : {}),
    ...(doc.expiresAt ? { expiresAt: doc.expiresAt } : {}),
    draft: doc.draft,
    lang: doc.lang ?? siteLocale.language,
    translationGroup: translationGroup(doc._raw.sourceFilePath, doc.translationKey),
    tags: doc.tags,
    categories: doc.categories,
    ...(doc.series ? { series: doc.series } : {}),
    ...(doc.seriesOrder !== undefined ? { seriesOrder: doc.seriesOrder } : {}),
    excerpt: linked(doc.excerpt),
    readingMinutes: doc.readingMinutes,
    wordCount: doc.wordCount,
    // Written by analyzeBody at build time; Contentlayer types a json field as any.
    toc: doc.toc as TocEntry[],
    ...(doc.hasCode ? { hasCode: true } : {}),
    ...(doc.hasMath ? { hasMath: true } : {}),
    image: doc.image,
    ...(cover ? { cover } : {}),
    sourcePath: doc.sourcePath,
  };
}

/** What the link check needs of a post (the same check as content:check's). */
function linkedPost(
  doc: MdxPost | MarkdownPost,
  addresses: Map<string, PostAddresses>,
): LinkedPost {
  const own = addresses.get(doc.postSlug);
  return {
    file: doc.sourcePath,
    postFile: doc._raw.sourceFilePath,
    slug: doc.postSlug,
    url: own?.url ?? '',
    aliases: own?.aliases ?? [],
    // Written by analyzeBody at build time; Contentlayer types a json field as any.
    ids: new Set(doc.headingIds as string[]),
    draft: doc.draft,
    references: doc.references as Reference[],
  };
}

/** Every problem with the addresses of every post, in one error. */
export class AddressProblems extends Error {
  constructor(problems: string[]) {
    super(
      `${problems.length} problem${problems.length > 1 ? 's' : ''} with the posts' addresses:\n  ${problems.join('\n  ')}`,
    );
    this.name = 'AddressProblems';
  }
}

/** Each post's URL and old addresses, by slug; throws AddressProblems listing every problem. */
function resolveAddresses(
  documents: ReadonlyArray<MdxPost | MarkdownPost>,
): Map<string, PostAddresses> {
  const problems: string[] = [];
  const resolved: Array<{ file: string; slug: string; draft: boolean } & PostAddresses> = [];
  for (const doc of documents) {
    const { addresses, problems: mine } = postAddresses(
      {
        file: doc._raw.sourceFilePath,
        title: doc.title,
        date: doc.date,
        slug: doc.slug,
        url: doc.url,
        lang: doc.lang,
        aliases: doc.aliases,
      },
      siteUrls,
      siteLocale.language,
    );
    problems.push(...mine.map((p) => `${doc.sourcePath}: ${p}`));
    if (addresses)
      resolved.push({ file: doc.sourcePath, slug: doc.postSlug, draft: doc.draft, ...addresses });
  }
  const clashes = addressProblems(resolved);
  problems.push(...clashes.errors);
  for (const warning of clashes.warnings) console.warn(`warning: ${warning}`);
  if (problems.length > 0) throw new AddressProblems(problems);
  return new Map(resolved.map(({ slug, url, aliases }) => [slug, { url, aliases }]));
}

/** Every problem with the files of every post, in one error: the author fixes them in one go. */
export class MediaProblems extends Error {
  constructor(problems: string[]) {
    super(
      `${problems.length} problem${problems.length > 1 ? 's' : ''} with images or linked files:\n  ${problems.join('\n  ')}`,
    );
    this.name = 'MediaProblems';
  }
}

/**
 * Writes the store from Contentlayer's documents (slugs already checked unique), publishing the
 * files their articles and covers reference. Throws MediaProblems, having written nothing, when
 * any is missing or broken (under `contentlayer2 dev`, prints them and writes the store).
 */
export async function writeContentStore(
  documents: ReadonlyArray<MdxPost | MarkdownPost>,
  {
    dir = STORE_DIR,
    projectDir = process.cwd(),
    mediaDirs = MEDIA_DIRS,
    renderedDir = RENDERED_DIR,
    watching = process.argv.slice(2).includes('dev'),
  }: {
    dir?: string;
    /** Holds content/ and public/. */
    projectDir?: string;
    mediaDirs?: { published: string; drafts: string };
    /** Where the build's workers wrote each body (./rendered-bodies.ts). */
    renderedDir?: string;
    /** Run by `contentlayer2 dev`, whose generations follow the author's saves. */
    watching?: boolean;
  } = {},
): Promise<void> {
  const addresses = resolveAddresses(documents);
  // Drafts' files apart: they are served to the author only (app/media/).
  const libraries = {
    published: new MediaLibrary(projectDir, mediaDirs.published),
    drafts: new MediaLibrary(projectDir, mediaDirs.drafts),
  };
  const report: MediaReport = { problems: [], warnings: [] };
  const refs = refIndex(
    documents.map((doc) => ({
      postFile: doc._raw.sourceFilePath,
      url: addresses.get(doc.postSlug)?.url ?? '',
    })),
  );
  const articles = new Map<string, string>();
  const records: PostRecord[] = [];
  for (const doc of documents) {
    const library = doc.draft ? libraries.drafts : libraries.published;
    // A draft is never shipped: what is wrong in it is said, and stops nothing.
    const problems = doc.draft ? report.warnings : report.problems;
    const said = (problem: string) => (doc.draft ? draftProblem(problem) : problem);
    const { cover, problem } = await publishCover(doc, doc._raw.sourceFilePath, library);
    if (problem) problems.push(said(problem));
    const article = await publishArticle(readRendered(doc.bodyKey, 'html', renderedDir), {
      library,
      postFile: doc._raw.sourceFilePath,
      eagerFirst: !cover,
    });
    problems.push(...article.problems.map(said));
    report.warnings.push(...article.warnings);
    const linked = resolveRefs(article.html, doc.sourcePath, refs);
    problems.push(...linked.problems.map(said));
    articles.set(doc.postSlug, linked.html);
    const own = addresses.get(doc.postSlug);
    // Slugs are unique (checkUniqueSlugs): every post has its addresses.
    if (!own) throw new Error(`${doc.sourcePath}: no address was resolved.`);
    records.push(toRecord(doc, own, cover, (text) => resolveRefs(text, doc.sourcePath, refs).html));
  }
  report.warnings.push(
    ...deadLinks(
      projectDir,
      documents.map((doc) => linkedPost(doc, addresses)),
    ).map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`),
  );
  for (const warning of report.warnings) console.warn(`warning: ${warning}`);
  if (report.problems.length > 0) {
    // Under `contentlayer2 dev` (npm run dev) the rest of the site must keep up with the author's
    // edits: the problems are printed, and the post's live preview shows them in its page.
    if (!watching) throw new MediaProblems(report.problems);
    console.error(new MediaProblems(report.problems).message);
  }
  libraries.published.finish({ prune: true });
  libraries.drafts.finish({ prune: true });

  mkdirSync(join(dir, BODIES_DIR), { recursive: true });
  const written = new Set<string>();
  for (const doc of documents) {
    for (const [part, text] of [
      ['html', articles.get(doc.postSlug) ?? ''],
      [
        'txt',
        resolveRefs(readRendered(doc.bodyKey, 'txt', renderedDir), doc.sourcePath, refs).html,
      ],
    ] as const) {
      const file = bodyFile(dir, doc.postSlug, part);
      writeAtomically(file, text);
      written.add(file);
    }
  }
  // The index last: until it is replaced, readers keep the previous posts, whose files are all still there.
  const index: StoreIndex = { posts: records };
  // The previous index's articles stay one generation more: a running server reads the new index
  // within a second (lib/posts/queries.ts), and a page it renders meanwhile still finds them.
  const previous = previousBodies(dir);
  writeAtomically(join(dir, INDEX_FILE), JSON.stringify(index));
  for (const name of readdirSync(join(dir, BODIES_DIR))) {
    const file = join(dir, BODIES_DIR, name);
    if (!written.has(file) && !previous.has(file)) rmSync(file, { force: true });
  }
}
