import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPostFile, readPostSource } from '@/lib/preview/read-source';

const ZONE = 'Europe/Paris';
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'carnet-preview-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write(
    'content/posts/2024/2024-03-01-par-le-nom.mdx',
    '---\ntitle: "Par le nom"\ndate: 2024-03-01\n---\n\nTexte.\n',
  );
  write(
    'content/posts/autre-nom.md',
    '---\r\ntitle: "Par le slug"\r\ndate: 2024-03-02 10:00:00 +0100\r\nslug: "Slug Choisi"\r\ntags: ["a", "b"]\r\n---\r\n\r\nTexte.\r\n',
  );
  write('content/posts/casse.md', '---\ntitle: [pas fermé\n---\n');
  write(
    'content/posts/hugo.md',
    '+++\nTitle = "De Hugo"\ndate = 2024-01-01T10:00:00\nlastmod = 2024-02-01\npublishDate = 2024-01-06\nexpiryDate = 2025-01-01T09:00:00+01:00\nTags = ["ops"]\ncategories = ["Infra"]\nSeries = ["Bilans"]\nseriesOrder = 2\nDescription = " Résumé "\n+++\nTexte.\n',
  );
  write('content/posts/date-fausse.md', '---\ntitle: x\ndate: hier\n---\n');
  write('secret.txt', 'not a post');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('findPostFile', () => {
  it('finds a post by the slug of its file name, date prefix dropped, in a subfolder', async () => {
    expect(await findPostFile('par-le-nom', root)).toBe(
      'content/posts/2024/2024-03-01-par-le-nom.mdx',
    );
  });

  it('finds a post by its front-matter slug (CRLF file), and not by its file name then', async () => {
    expect(await findPostFile('slug-choisi', root)).toBe('content/posts/autre-nom.md');
    expect(await findPostFile('autre-nom', root)).toBeUndefined();
  });

  it('still finds a file whose front matter does not parse, by its name', async () => {
    expect(await findPostFile('casse', root)).toBe('content/posts/casse.md');
  });

  it('finds nothing for an unknown slug or outside content/posts', async () => {
    expect(await findPostFile('inconnu', root)).toBeUndefined();
    expect(await findPostFile('secret', root)).toBeUndefined();
  });
});

describe('readPostSource', () => {
  it('reads the front matter as the build does (CRLF, offsets, tags) and keeps the whole file as source', async () => {
    const post = await readPostSource('content/posts/autre-nom.md', ZONE, root);
    expect(post.format).toBe('md');
    expect(post.frontMatter).toEqual({
      title: 'Par le slug',
      date: '2024-03-02T09:00:00.000Z',
      publishAt: '2024-03-02T09:00:00.000Z',
      tags: ['a', 'b'],
      categories: [],
      draft: false,
    });
    expect(post.source.startsWith('---\r\n')).toBe(true);
    expect(post.body.trim()).toBe('Texte.');
  });

  it('refuses a path outside content/', async () => {
    await expect(readPostSource('secret.txt', ZONE, root)).rejects.toThrow(/not under content/);
    await expect(readPostSource('content/../secret.txt', ZONE, root)).rejects.toThrow(
      /not under content/,
    );
  });
});

describe('the front matter of the preview', () => {
  it('is read as the build reads it: TOML, keys in any case, dates in the site’s zone, the series', async () => {
    const post = await readPostSource('content/posts/hugo.md', ZONE, root);
    expect(post.frontMatter).toEqual({
      title: 'De Hugo',
      date: '2024-01-01T09:00:00.000Z',
      updated: '2024-01-31T23:00:00.000Z',
      publishAt: '2024-01-05T23:00:00.000Z',
      expiresAt: '2025-01-01T08:00:00.000Z',
      tags: ['ops'],
      categories: ['Infra'],
      draft: false,
      summary: 'Résumé',
      series: 'Bilans',
      seriesOrder: 2,
    });
    expect(post.body.trim()).toBe('Texte.');
  });

  it('names the file, the line and the field of a mistake', async () => {
    await expect(readPostSource('content/posts/date-fausse.md', ZONE, root)).rejects.toThrow(
      'content/posts/date-fausse.md:3: field "date": "hier" is not a date',
    );
  });
});
