/**
 * A post's images and linked files, from Markdown to what readers get, through the pipeline the
 * build runs (marks) and the store's writer (resolution and publication).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_WIDTHS } from '@/unbundled/images.mjs';
import { MediaLibrary } from '@/lib/media/library';
import { publishArticle, publishCover } from '@/lib/media/publish-article';
import { markdownPipeline } from '@/lib/mdx/plugins';
import { attribute, imgTags } from '../../support/img-tags';

const project = mkdtempSync(join(tmpdir(), 'carnet-media-'));
const out = join(project, 'published');

function write(path: string, bytes: Uint8Array | string) {
  mkdirSync(join(project, path, '..'), { recursive: true });
  writeFileSync(join(project, path), bytes);
}

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#3366cc' } })
    .png()
    .toBuffer();

beforeAll(async () => {
  write('content/posts/bundle/Schéma Réseau.png', await png(1600, 900));
  write('content/posts/bundle/petit.png', await png(300, 200));
  write(
    'content/images/capture.jpg',
    await sharp({ create: { width: 800, height: 600, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer(),
  );
  write(
    'public/images/logo.svg',
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40"/></svg>',
  );
  write('content/posts/bundle/slides.pdf', '%PDF-1.4 slides');
  const whole = await png(50, 50);
  write('content/posts/bundle/coupe.png', whole.subarray(0, whole.length - 20));
  write('content/posts/bundle/texte.png', 'pas une image');
});

/** The article as the build renders a `.md` post at `postFile`, then as the store's writer finishes it. */
async function build(markdown: string, postFile = 'posts/bundle/index.md', eagerFirst = true) {
  const processor = unified();
  markdownPipeline(processor);
  const cwd = process.cwd();
  // The plugins look for linked files under the working folder's content/, as the build runs.
  process.chdir(project);
  try {
    const file = await processor.process({
      value: markdown,
      data: { rawDocumentData: { sourceFilePath: postFile } },
    });
    const library = new MediaLibrary(project, out);
    return await publishArticle(String(file), { library, postFile, eagerFirst });
  } finally {
    process.chdir(cwd);
  }
}

describe('images in a post', () => {
  it('are published under their content hash, sized, and only the first loads at once', async () => {
    const { html, problems } = await build(
      [
        '# Titre',
        '',
        '![Le schéma](./Schéma%20Réseau.png)',
        '',
        'Texte ![capture](../../images/capture.jpg) dans la phrase.',
        '',
        '![Logo](/images/logo.svg)',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    const [first, second, svg] = imgTags(html);
    expect(attribute(first!, 'src')).toMatch(/^\/media\/[0-9a-f]{16}\/schema-reseau\.png$/);
    expect(attribute(first!, 'width')).toBe('1600');
    expect(attribute(first!, 'height')).toBe('900');
    expect(attribute(first!, 'fetchpriority')).toBe('high');
    expect(attribute(first!, 'loading')).toBe('eager');
    expect(attribute(second!, 'loading')).toBe('lazy');
    expect(attribute(second!, 'decoding')).toBe('async');
    expect(attribute(second!, 'fetchpriority')).toBeUndefined();
    expect(attribute(second!, 'src')).toMatch(/^\/media\/[0-9a-f]{16}\/capture\.jpg$/);
    // The published copy holds the very bytes of the original.
    const published = join(out, ...attribute(first!, 'src')!.split('/').slice(2));
    expect(readFileSync(published)).toEqual(
      readFileSync(join(project, 'content/posts/bundle/Schéma Réseau.png')),
    );
    // An SVG is served as it is, sized from its viewBox.
    expect(attribute(svg!, 'src')).toMatch(/^\/media\/[0-9a-f]{16}\/logo\.svg$/);
    expect([
      attribute(svg!, 'width'),
      attribute(svg!, 'height'),
      attribute(svg!, 'srcset'),
    ]).toEqual(['120', '40', undefined]);
  });

  it('offer only the widths the optimizer makes, never wider than the image', async () => {
    const { html } = await build('![a](./Schéma%20Réseau.png)\n\n![b](./petit.png)\n');
    const [large, small] = imgTags(html);
    const candidates = (tag: string) =>
      attribute(tag, 'srcset')!
        .split(', ')
        .map((c) => {
          const [url, descriptor] = c.split(' ');
          return {
            w: Number(new URLSearchParams(url!.replace(/&#x26;/g, '&').split('?')[1]).get('w')),
            descriptor,
          };
        });
    for (const { w } of [...candidates(large!), ...candidates(small!)])
      expect(IMAGE_WIDTHS).toContain(w);
    expect(candidates(large!).at(-1)).toEqual({ w: 1600, descriptor: '1600w' });
    // 300 px wide: one candidate, made by the smallest width, described as the image's own.
    expect(candidates(small!)).toEqual([{ w: IMAGE_WIDTHS[0], descriptor: '300w' }]);
    expect(attribute(small!, 'sizes')).toBe(
      '(min-width: 48rem) 300px, min(300px, calc(100vw - 2rem))',
    );
  });

  it('with a title, alone in their paragraph, become a figure with its caption', async () => {
    const { html } = await build(
      '![Le schéma](./petit.png "Vue d’ensemble")\n\nUn ![lien](./petit.png "titre") en ligne.\n',
    );
    expect(html).toMatch(/<figure><img [^>]*><figcaption>Vue d’ensemble<\/figcaption><\/figure>/);
    expect(html).not.toMatch(/<p><figure>/);
    expect(html).toMatch(/<p>Un <img [^>]*> en ligne\.<\/p>/);
  });

  it('in raw HTML of a .md post are resolved too, keeping a width the author gave', async () => {
    const { html, problems } = await build(
      '<p><img src="./Schéma Réseau.png" alt="s" width="400"></p>\n',
    );
    expect(problems).toEqual([]);
    const [tag] = imgTags(html);
    expect([attribute(tag!, 'width'), attribute(tag!, 'height')]).toEqual(['400', '225']);
    expect(attribute(tag!, 'sizes')).toContain('400px');
  });

  it('from elsewhere on the web are kept as written, never fetched, and load lazily', async () => {
    const { html, problems } = await build(
      '![a](./petit.png)\n\n![b](https://images.example.org/photo.jpg)\n',
    );
    expect(problems).toEqual([]);
    const remote = imgTags(html)[1]!;
    expect(attribute(remote, 'src')).toBe('https://images.example.org/photo.jpg');
    expect(attribute(remote, 'loading')).toBe('lazy');
  });

  it('load lazily from the first when a cover comes before them', async () => {
    const { html } = await build('![a](./petit.png)\n', 'posts/bundle/index.md', false);
    expect(attribute(imgTags(html)[0]!, 'loading')).toBe('lazy');
  });

  it('without alt text give a warning naming the file and line; alt="" marks a decorative one', async () => {
    const { warnings } = await build(
      'Intro\n\n![](./petit.png)\n\n<img src="./petit.png" alt="">\n',
    );
    expect(warnings).toEqual([
      expect.stringMatching(
        /^content\/posts\/bundle\/index\.md:3: image "\.\/petit\.png" has no alt text/,
      ),
    ]);
  });
});

describe('a link to a file beside the post', () => {
  it('is published like an image; a link to a page is left alone', async () => {
    const { html } = await build('[Les slides](./slides.pdf) et [un autre billet](../autre/).\n');
    expect(html).toMatch(/<a href="\/media\/[0-9a-f]{16}\/slides\.pdf">Les slides<\/a>/);
    expect(html).toContain('<a href="../autre/">un autre billet</a>');
  });
});

describe('bad references', () => {
  it('are all reported together, each with the file, the line and the path as written', async () => {
    const { problems } = await build(
      [
        '![absente](./absente.png)',
        '',
        '![coupée](./coupe.png)',
        '',
        '![texte](./texte.png)',
        '',
        '![dehors](../../../../etc/passwd)',
        '',
        '<img src="file:///etc/hosts" alt="x">',
      ].join('\n'),
    );
    expect(problems).toEqual([
      'content/posts/bundle/index.md:1: image "./absente.png": no such file: content/posts/bundle/absente.png',
      'content/posts/bundle/index.md:3: image "./coupe.png": content/posts/bundle/coupe.png: the image is cut short (damaged file)',
      'content/posts/bundle/index.md:5: image "./texte.png": content/posts/bundle/texte.png: the file is not an image, or it is damaged',
      'content/posts/bundle/index.md:7: image "../../../../etc/passwd": the path leads outside content/',
      'content/posts/bundle/index.md:9: image "file:///etc/hosts": "file:" is not an address a browser can load an image from',
    ]);
  });
});

describe('a cover image', () => {
  it('is published from the post’s folder or public/, with its size and its alt text', async () => {
    const library = new MediaLibrary(project, out);
    const bundle = await publishCover(
      { image: './Schéma Réseau.png', imageAlt: ' Le réseau, en schéma ' },
      'posts/bundle/index.md',
      library,
    );
    expect(bundle.cover).toMatchObject({
      src: expect.stringMatching(/^\/media\/[0-9a-f]{16}\/schema-reseau\.png$/),
      width: 1600,
      height: 900,
      format: 'png',
      alt: 'Le réseau, en schéma',
    });
    expect(
      (await publishCover({ image: '/images/logo.svg' }, 'posts/a.md', library)).cover,
    ).toMatchObject({
      width: 120,
      height: 40,
      format: 'svg',
    });
    expect(
      (
        await publishCover(
          { image: 'https://example.org/c.jpg', imageAlt: 'Une photo' },
          'posts/a.md',
          library,
        )
      ).cover,
    ).toEqual({
      src: 'https://example.org/c.jpg',
      alt: 'Une photo',
    });
  });

  it('that is missing names the file and the field', async () => {
    const library = new MediaLibrary(project, out);
    expect(
      await publishCover({ image: './nulle-part.png' }, 'posts/bundle/index.md', library),
    ).toEqual({
      problem:
        'content/posts/bundle/index.md: field "image": "./nulle-part.png": no such file: content/posts/bundle/nulle-part.png',
    });
  });
});

describe('the published folder', () => {
  it('keeps only what the last build referenced', async () => {
    const library = new MediaLibrary(project, join(project, 'elague'));
    const kept = await library.resolve('./petit.png', 'posts/bundle/index.md', true);
    library.finish({ prune: true });
    const again = new MediaLibrary(project, join(project, 'elague'));
    await again.resolve('../../images/capture.jpg', 'posts/bundle/index.md', true);
    again.finish({ prune: true });
    expect(
      kept.ok &&
        kept.kind === 'local' &&
        existsSync(join(project, 'elague', kept.url.split('/')[2]!)),
    ).toBe(false);
  });
});
