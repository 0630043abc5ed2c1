/**
 * `npm run bench:images`: what images cost and save, on the 1,000-post corpus with one 1600×900
 * PNG per post (each post a page bundle), against the same corpus without images, built in the
 * same run:
 * - the full build (Contentlayer + next build) from scratch, with and without images;
 * - a second build where no image changed (caches kept, every image file rewritten with a new
 *   modification time, as a fresh clone with the cache restored has them), with and without;
 * - resizing at build time instead (sharp, every width the optimizer makes up to 1,600, WebP and
 *   AVIF, timed on a sample and projected to the corpus) against the optimizer's first request;
 * - bytes a 390 px phone downloads for a post with ten images, against the original files;
 * - Lighthouse on the image-topped post: Cumulative Layout Shift, and Largest Contentful Paint
 *   beside the empty control page.
 * Rewrites the **Images** section of docs/benchmarks.md.
 */
import { readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { IMAGE_QUALITY, IMAGE_WIDTHS } from '../../unbundled/images.mjs';
import { CONTENTLAYER, NEXT, childEnv, makeSite, startSite } from '../../test/support/site';
import { launchBrowser } from '../../test/support/browser';
import { runLighthouse } from '../audit/lighthouse';
import { writeSection } from './benchmarks-doc';
import { CONTROL_PATHS, startControl } from './control';
import { generateCorpus, random, toMdx, type CorpusPost } from './corpus';
import { median } from './measure';
import { timedRun, type TimedRun } from './timed-run';

const POSTS = Number(process.env.BENCH_IMAGE_POSTS ?? 1000);
const log = (line: string) => console.log(`[bench:images] ${line}`);

/**
 * A 1600×900 chart like those of technical posts: a shaded background, bars, labels, and the
 * speckle a screenshot has (about 500 KB of PNG, which is what real charts and captures weigh).
 */
async function chart(seed: number, width = 1600, height = 900): Promise<Buffer> {
  const rnd = random(seed);
  const bars = Array.from({ length: 12 }, (_, i) => {
    const h = Math.round(100 + rnd() * (height - 300));
    const color = `hsl(${Math.round(rnd() * 360)}, 60%, 50%)`;
    return `<rect x="${120 + i * 115}" y="${height - 100 - h}" width="80" height="${h}" fill="${color}"/><text x="${160 + i * 115}" y="${height - 60}" font-size="22" text-anchor="middle">T${i + 1}</text>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Sans, sans-serif"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#dfe6ee"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${bars}<text x="100" y="60" font-size="36" font-weight="bold">Mesures ${seed}</text></svg>`;
  const pixels = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
  for (let i = 0; i < pixels.length; i += 1)
    if (rnd() < 0.05) pixels[i] = Math.max(0, (pixels[i] ?? 0) - Math.floor(rnd() * 12));
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

function corpusFiles(posts: readonly CorpusPost[], images: Map<string, Buffer> | undefined) {
  const files: Record<string, string | Uint8Array> = {};
  for (const post of posts) {
    const folder = post.file.replace(/\.mdx$/, '');
    if (!images) {
      files[`content/posts/${post.file}`] = toMdx(post);
      continue;
    }
    // The figure after the first paragraph, as a post illustrated with one chart has it.
    const [first, ...rest] = post.body.split('\n\n');
    const body = [
      first,
      `![Graphique des mesures de ${post.title}](./graphique.png)`,
      ...rest,
    ].join('\n\n');
    files[`content/posts/${folder}/index.mdx`] = toMdx({ ...post, body });
    files[`content/posts/${folder}/graphique.png`] = images.get(post.slug) ?? Buffer.alloc(0);
  }
  return files;
}

async function build(dir: string): Promise<{ content: TimedRun; next: TimedRun }> {
  const env = childEnv(dir, {});
  const content = await timedRun(dir, [process.execPath, CONTENTLAYER, 'build'], {
    ...env,
    NODE_OPTIONS: '--max-old-space-size=6144',
  });
  if (content.code !== 0)
    throw new Error(`contentlayer2 build failed in ${dir}:\n${content.output.slice(-3000)}`);
  const next = await timedRun(dir, [process.execPath, NEXT, 'build'], env);
  if (next.code !== 0) throw new Error(`next build failed in ${dir}:\n${next.output.slice(-3000)}`);
  return { content, next };
}

const total = (b: { content: TimedRun; next: TimedRun }) => b.content.seconds + b.next.seconds;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Every image file of the blog rewritten with a new modification time: a fresh clone's files. */
function touchImages(dir: string) {
  const later = new Date(Date.now() + 60_000);
  for (const name of readdirSync(join(dir, 'content/posts'), { recursive: true }) as string[]) {
    if (name.endsWith('.png')) utimesSync(join(dir, 'content/posts', name), later, later);
  }
}

/** Resizing at build time instead: one image into every width up to its own, in WebP or AVIF. */
async function buildTimeResize(image: Buffer, format: 'webp' | 'avif'): Promise<number> {
  const start = performance.now();
  for (const width of IMAGE_WIDTHS.filter((w) => w <= 1600)) {
    const resized = sharp(image).resize({ width, withoutEnlargement: true });
    await (
      format === 'webp' ? resized.webp({ quality: IMAGE_QUALITY }) : resized.avif({ quality: 50 })
    ).toBuffer();
  }
  return performance.now() - start;
}

async function main() {
  log(`Drawing ${POSTS} charts…`);
  const corpus = generateCorpus(POSTS);
  const images = new Map<string, Buffer>();
  for (const [i, post] of corpus.entries()) images.set(post.slug, await chart(i + 1));
  const imageBytes = [...images.values()].reduce((sum, b) => sum + b.length, 0);

  const plainDir = makeSite('bench-images-without', corpusFiles(corpus, undefined));
  const imagesDir = makeSite('bench-images-with', corpusFiles(corpus, images));
  log('Full builds, without and with images…');
  const without = await build(plainDir);
  log(`  without: ${s(total(without))}`);
  const withImages = await build(imagesDir);
  log(`  with: ${s(total(withImages))}`);
  log('Second builds, no image changed…');
  const againWithout = await build(plainDir);
  touchImages(imagesDir);
  const againWith = await build(imagesDir);
  log(`  without: ${s(total(againWithout))}, with: ${s(total(againWith))}`);
  rmSync(plainDir, { recursive: true, force: true });

  log('Resizing at build time, on a sample of 10 images…');
  const sample = [...images.values()].slice(0, 10);
  const webpTimes: number[] = [];
  for (const image of sample) webpTimes.push(await buildTimeResize(image, 'webp'));
  const webpMs = median(webpTimes);
  const avifMs = await buildTimeResize(sample[0]!, 'avif');

  log('The optimizer’s first and later requests…');
  // One post with ten images, for the phone; served by the blog built with images.
  const tenImages = corpus[0]!;
  const tenFolder = join(imagesDir, 'content/posts', tenImages.file.replace(/\.mdx$/, ''));
  const tenBody = Array.from(
    { length: 10 },
    (_, i) => `Paragraphe ${i + 1}.\n\n![Graphique ${i + 1}](./image-${i + 1}.png)`,
  ).join('\n\n');
  const tenFiles = await Promise.all(Array.from({ length: 10 }, (_, i) => chart(10_000 + i)));
  tenFiles.forEach((bytes, i) => writeFileSync(join(tenFolder, `image-${i + 1}.png`), bytes));
  writeFileSync(join(tenFolder, 'index.mdx'), toMdx({ ...tenImages, body: `${tenBody}\n` }));
  await build(imagesDir);
  const blog = await startSite(imagesDir);
  const control = await startControl();
  try {
    const postPath = `/posts/${tenImages.slug}`;
    const html = await (await fetch(blog.url + postPath)).text();
    const originals = [...html.matchAll(/src="(\/media\/[0-9a-f]{16}\/[^"]+)"/g)].map((m) => m[1]!);
    const first: number[] = [];
    const later: number[] = [];
    const original: number[] = [];
    for (const src of originals) {
      const url = `${blog.url}/_next/image?url=${encodeURIComponent(src)}&w=828&q=${IMAGE_QUALITY}`;
      for (const into of [first, later]) {
        const start = performance.now();
        await (await fetch(url, { headers: { Accept: 'image/webp,*/*' } })).arrayBuffer();
        into.push(performance.now() - start);
      }
      const start = performance.now();
      await (await fetch(blog.url + src)).arrayBuffer();
      original.push(performance.now() - start);
    }

    log('A phone at 390 px…');
    const browser = await launchBrowser();
    const phone: Array<{ dpr: number; bytes: number }> = [];
    try {
      for (const dpr of [2, 3]) {
        const context = await browser.newContext({
          viewport: { width: 390, height: 844 },
          deviceScaleFactor: dpr,
        });
        const page = await context.newPage();
        await page.goto(blog.url + postPath, { waitUntil: 'networkidle' });
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 300) {
            window.scrollTo(0, y);
            await new Promise((r) => setTimeout(r, 150));
          }
        });
        await page.waitForLoadState('networkidle');
        // What the browser downloaded for images, and a check that all ten were shown.
        const { bytes, loaded } = await page.evaluate(() => ({
          bytes: performance
            .getEntriesByType('resource')
            .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'img')
            .reduce((sum, e) => sum + (e as PerformanceResourceTiming).encodedBodySize, 0),
          loaded: [...document.images].filter((img) => img.complete && img.naturalWidth > 0).length,
        }));
        if (loaded < 10) throw new Error(`only ${loaded} of the ten images loaded at ${dpr}×`);
        phone.push({ dpr, bytes });
        await context.close();
      }
    } finally {
      await browser.close();
    }
    const tenOriginalBytes = tenFiles.reduce((sum, b) => sum + b.length, 0);

    log('Lighthouse on the image-topped post…');
    const topped = corpus[1]!;
    const lighthouse = await runLighthouse([
      {
        page: { name: 'empty page (control)', path: CONTROL_PATHS.empty, status: 200 },
        baseUrl: control.url,
      },
      {
        page: { name: 'post topped by its chart', path: `/posts/${topped.slug}`, status: 200 },
        baseUrl: blog.url,
      },
    ]);

    const added = total(withImages) - total(without);
    const addedAgain = total(againWith) - total(againWithout);
    const section = `## Images (\`npm run bench:images\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)

${POSTS.toLocaleString('en-US')} generated posts, each a page bundle with one 1600×900 PNG chart (${kb(imageBytes / POSTS)} on average, ${(imageBytes / 1024 / 1024).toFixed(0)} MB in all), against the same posts without images, built in the same run.

| build | without images | with images | images add | target |
| --- | ---: | ---: | ---: | --- |
| from scratch (Contentlayer + next build) | ${s(total(without))} (${s(without.content.seconds)} + ${s(without.next.seconds)}) | ${s(total(withImages))} (${s(withImages.content.seconds)} + ${s(withImages.next.seconds)}) | ${s(added)}, ${((added / total(without)) * 100).toFixed(1)} % | ≤ 15 % |
| again, no image changed (caches kept, image files with new modification times) | ${s(total(againWithout))} | ${s(total(againWith))} | ${s(addedAgain)} | ≤ 2 s |

**Where images are resized.** Resizing at build time into every width up to 1,600 px (${IMAGE_WIDTHS.filter((w) => w <= 1600).length} widths) takes ${webpMs.toFixed(0)} ms an image in WebP (median of 10) and ${(avifMs / 1000).toFixed(1)} s in AVIF: ${s((webpMs * POSTS) / 1000)} of CPU for the corpus in WebP, ${s((avifMs * POSTS) / 1000)} in AVIF, against ${s(total(without))} for the whole build without images. The build therefore only reads each image's header and copies it under its hash; Next.js's image optimizer makes a width on its first request (WebP, 828 px: median ${median(first).toFixed(0)} ms, slowest ${Math.max(...first).toFixed(0)} ms) and then serves it from its cache (median ${median(later).toFixed(0)} ms; the original file itself: ${median(original).toFixed(0)} ms), and nginx keeps it after that (deploy/nginx.conf).

**A phone.** A post with ten such charts (${kb(tenOriginalBytes)} of PNG), read to the end at 390 px wide: ${phone.map((p) => `${kb(p.bytes)} of images at ${p.dpr}× (${((p.bytes / tenOriginalBytes) * 100).toFixed(1)} % of the originals)`).join(', ')}.

**Lighthouse** (mobile, median of ${lighthouse[0]?.performanceRuns.length} runs), the post topped by its chart against the empty page: Cumulative Layout Shift ${lighthouse[1]?.metrics.cls.toFixed(3)} (empty page ${lighthouse[0]?.metrics.cls.toFixed(3)}), Largest Contentful Paint ${((lighthouse[1]?.metrics.lcp ?? 0) / 1000).toFixed(2)} s (empty page ${((lighthouse[0]?.metrics.lcp ?? 0) / 1000).toFixed(2)} s), performance ${lighthouse[1]?.scores.performance} (empty page ${lighthouse[0]?.scores.performance}).
`;
    console.log(section);
    writeSection('images', section);
  } finally {
    await blog.stop();
    await control.stop();
    rmSync(imagesDir, { recursive: true, force: true });
  }
}

await main();
