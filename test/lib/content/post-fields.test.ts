import { describe, expect, it } from 'vitest';
import { PostFieldsError, readPostFields } from '@/lib/content/post-fields';

const FILE = 'content/posts/billet.md';
const fieldsOf = (source: string, file = FILE) => readPostFields(file, source).fields;

/** The problems `source` is refused with, one line each, file and line first. */
function problemsOf(source: string, file = FILE): string[] {
  try {
    readPostFields(file, source);
  } catch (error) {
    if (error instanceof PostFieldsError) return error.message.split('\n');
    throw error;
  }
  throw new Error('accepted');
}

describe('readPostFields', () => {
  it('reads YAML front matter and keeps the body as written after it', () => {
    const { fields, body } = readPostFields(
      FILE,
      '---\ntitle: "Bilan 2019"\ndate: 2020-01-05\ntags: [bilan, "Time Series"]\n---\n\nTexte.\n',
    );
    expect(fields).toEqual({
      title: 'Bilan 2019',
      date: '2020-01-05',
      tags: ['bilan', 'Time Series'],
      categories: [],
      draft: false,
      aliases: [],
    });
    expect(body).toBe('\nTexte.\n');
  });

  it('reads Hugo’s TOML front matter, its dates as written', () => {
    const source = [
      '+++',
      'title = "Index expliqués"',
      'date = 2023-07-27T10:00:00+02:00',
      'lastmod = 2023-08-01',
      'tags = ["postgresql"]',
      'aliases = ["/2023/07/27/index/"]',
      '[params]',
      'title = "not the title"',
      '+++',
      'Texte.',
    ].join('\n');
    expect(readPostFields(FILE, source)).toEqual({
      fields: {
        title: 'Index expliqués',
        date: '2023-07-27T10:00:00.000+02:00',
        lastmod: '2023-08-01',
        tags: ['postgresql'],
        categories: [],
        draft: false,
        aliases: ['/2023/07/27/index/'],
      },
      body: 'Texte.',
    });
  });

  it('reads keys in any case, as Hugo does, and other engines’ names for its fields', () => {
    const fields = fieldsOf(
      [
        '---',
        'Title: "Migrer"',
        'Date: 2021-03-04',
        'Tags: ["ops"]',
        'Categories: "Infra"',
        'PublishDate: 2021-03-05',
        'unpublishdate: 2022-01-01',
        'modified: 2021-04-01',
        'excerpt: "Un résumé"',
        'permalink: /blog/migrer/',
        'redirect_from: /ancien/',
        'language: en',
        'TranslationKey: migrer',
        '---',
      ].join('\n'),
    );
    expect(fields).toEqual({
      title: 'Migrer',
      date: '2021-03-04',
      lastmod: '2021-04-01',
      publishDate: '2021-03-05',
      expiryDate: '2022-01-01',
      tags: ['ops'],
      categories: ['Infra'],
      draft: false,
      summary: 'Un résumé',
      url: '/blog/migrer/',
      aliases: ['/ancien/'],
      lang: 'en',
      translationKey: 'migrer',
    });
  });

  it('splits a list written as one string as Jekyll does, and takes numbers as text', () => {
    expect(
      fieldsOf('---\ntitle: 2019\ndate: 2020-01-01\ntags: docker kubernetes\n---\n'),
    ).toMatchObject({
      title: '2019',
      tags: ['docker', 'kubernetes'],
    });
    expect(
      fieldsOf('---\ntitle: x\ndate: 2020-01-01\ntags: "Time Series, Ops"\n---\n').tags,
    ).toEqual(['Time Series', 'Ops']);
  });

  it('takes the date of a Jekyll file name, or of a bundle’s folder, when front matter has none', () => {
    expect(fieldsOf('---\ntitle: x\n---\n', 'content/posts/2018-01-29-web-ops-data.md').date).toBe(
      '2018-01-29',
    );
    expect(
      fieldsOf('---\ntitle: x\n---\n', 'content/posts/2018-01-29-web-ops-data/index.md').date,
    ).toBe('2018-01-29');
    expect(fieldsOf('---\ntitle: x\npublishDate: 2019-05-01\n---\n').date).toBe('2019-05-01');
    expect(fieldsOf('---\ntitle: x\npublished: 2019-05-02\n---\n')).toMatchObject({
      date: '2019-05-02',
      publishDate: '2019-05-02',
      draft: false,
    });
  });

  it('takes the language of Hugo’s translation naming when front matter gives none', () => {
    expect(
      fieldsOf('---\ntitle: x\ndate: 2020-01-01\n---\n', 'content/posts/a/index.en.md').lang,
    ).toBe('en');
    expect(
      fieldsOf('---\ntitle: x\ndate: 2020-01-01\nlang: de\n---\n', 'content/posts/a/index.en.md')
        .lang,
    ).toBe('de');
  });

  it('takes the language of Hugo’s per-language content folder, in canonical form', () => {
    const front = '---\ntitle: x\ndate: 2020-01-01\n---\n';
    expect(fieldsOf(front, 'content/en/posts/a.md').lang).toBe('en');
    expect(fieldsOf(front, 'content/pt-br/posts/a/index.md').lang).toBe('pt-BR');
    expect(fieldsOf('---\ntitle: x\ndate: 2020-01-01\nlang: en_us\n---\n').lang).toBe('en-US');
    expect(fieldsOf(front).lang).toBeUndefined();
  });

  it('refuses a language that is no language code, naming its line', () => {
    expect(problemsOf('---\ntitle: x\ndate: 2020-01-01\nlang: english\n---\n')).toEqual([
      'content/posts/billet.md:4: field "lang" must be a language code, such as en, fr or pt-BR, not "english".',
    ]);
  });

  it('makes a Hugo post that renders no page a draft', () => {
    const front = (extra: string) => `---\ntitle: x\ndate: 2020-01-01\n${extra}\n---\n`;
    expect(fieldsOf(front('_build:\n  render: never\n  list: always')).draft).toBe(true);
    expect(fieldsOf(front('_build:\n  render: false')).draft).toBe(true);
    expect(fieldsOf(front('headless: true')).draft).toBe(true);
    expect(fieldsOf(front('_build:\n  render: always')).draft).toBe(false);
  });

  it('makes a Jekyll post with `published: false` a draft', () => {
    expect(fieldsOf('---\ntitle: x\ndate: 2020-01-01\npublished: false\n---\n').draft).toBe(true);
    expect(fieldsOf('---\ntitle: x\ndate: 2020-01-01\npublished: true\n---\n').draft).toBe(false);
    expect(fieldsOf('---\ntitle: x\ndate: 2020-01-01\ndraft: "true"\n---\n').draft).toBe(true);
  });

  it('finds a cover as themes write it, with its alt text', () => {
    const cover = (lines: string) => {
      const { image, imageAlt } = fieldsOf(`---\ntitle: x\ndate: 2020-01-01\n${lines}\n---\n`);
      return { image, imageAlt };
    };
    expect(cover('image: ./a.png\nimageAlt: "Un schéma"')).toEqual({
      image: './a.png',
      imageAlt: 'Un schéma',
    });
    expect(cover('image:\n  path: /img/a.png\n  alt: Un schéma')).toEqual({
      image: '/img/a.png',
      imageAlt: 'Un schéma',
    });
    expect(cover('images: ["/img/a.png", "/img/b.png"]')).toEqual({
      image: '/img/a.png',
      imageAlt: undefined,
    });
    expect(cover('cover:\n  image: cover.jpg\n  alt: Une photo\n  relative: true')).toEqual({
      image: 'cover.jpg',
      imageAlt: 'Une photo',
    });
    expect(cover('cover: true')).toEqual({ image: undefined, imageAlt: undefined });
  });

  it('reads a file without front matter as all body, and then asks for its title', () => {
    expect(problemsOf('Texte seul.\n', 'content/posts/texte.md')).toEqual([
      'content/posts/texte.md: field "title" is missing: every post needs one.',
      'content/posts/texte.md: field "date" is missing: write the publication date, such as date: 2024-03-01.',
    ]);
  });

  it('reports every problem of the file at once, each with its line', () => {
    const source = [
      '---',
      'title: [pas, un, titre]',
      'date: hier soir',
      'tags: 3',
      'draft: peut-être',
      'lastmod: 2020-02-30',
      '---',
    ].join('\n');
    expect(problemsOf(source)).toEqual([
      `${FILE}:2: field "title" must be text, not ["pas","un","titre"].`,
      `${FILE}:3: field "date": "hier soir" is not a date. Write it as 2018-01-29, 2018-01-29T10:30:00, 2018-01-29T10:30:00+01:00 or 2018-01-29 10:30:00 +0100.`,
      `${FILE}:6: field "lastmod": "2020-02-30" is not a date. Write it as 2018-01-29, 2018-01-29T10:30:00, 2018-01-29T10:30:00+01:00 or 2018-01-29 10:30:00 +0100.`,
      `${FILE}:4: field "tags" must be a list, such as ["kubernetes", "veille"], not 3.`,
      `${FILE}:5: field "draft" must be true or false, not "peut-être".`,
    ]);
  });

  it('refuses one field written twice in two cases', () => {
    expect(problemsOf('---\ntitle: a\nTitle: b\ndate: 2020-01-01\n---\n')).toEqual([
      `${FILE}:3: "title" and "Title" are the same field: keep one.`,
    ]);
  });

  it('names the line of a YAML or TOML syntax error, and an unclosed block', () => {
    expect(problemsOf('---\ntitle: "x\ndate: 2020-01-01\n---\n')[0]).toMatch(
      /^content\/posts\/billet\.md:3: the front matter is not valid YAML: Missing closing "quote$/,
    );
    expect(problemsOf('+++\ntitle = "x"\ndate = = 2\n+++\n')[0]).toMatch(
      /^content\/posts\/billet\.md:3: the front matter is not valid TOML/,
    );
    expect(problemsOf('---\ntitle: x\n')).toEqual([
      `${FILE}:1: the front matter opened by "---" is never closed.`,
    ]);
  });

  it('reads a quoted string over several lines, blank ones included, as Hugo and Jekyll do', () => {
    expect(
      fieldsOf('---\r\ntitle: x\r\ndate: 2020-01-01\r\nsummary: "Un\r\n\r\ndeux"\r\n---\r\n')
        .summary,
    ).toBe('Un\ndeux');
  });

  it('reads CRLF files and a byte-order mark', () => {
    expect(
      fieldsOf(
        '\uFEFF---\r\ntitle: "x"\r\ndate: 2020-01-01\r\ntags: ["a", "b"]\r\n---\r\nTexte.\r\n',
      ),
    ).toMatchObject({
      title: 'x',
      tags: ['a', 'b'],
    });
  });
});

describe('readPostFields: series', () => {
  const head = (...lines: string[]) =>
    ['---', 'title: "Web, Ops & Data - Mars 2022"', 'date: 2022-03-28', ...lines, '---', ''].join(
      '\n',
    );

  it('reads the series’ name as written, commas included (not split as tags are)', () => {
    expect(fieldsOf(head('series: "Web, Ops & Data"'))).toMatchObject({
      series: 'Web, Ops & Data',
    });
    expect(fieldsOf(head('series: Web, Ops & Data'))).toMatchObject({
      series: 'Web, Ops & Data',
    });
  });

  it('reads Hugo’s taxonomy form, a list of one, in YAML and in TOML, keys in any case', () => {
    expect(fieldsOf(head('series: ["Web, Ops & Data"]')).series).toBe('Web, Ops & Data');
    expect(fieldsOf(head('Series:', '  - Web, Ops & Data')).series).toBe('Web, Ops & Data');
    const toml =
      '+++\ntitle = "x"\ndate = 2022-03-28\nseries = ["Web, Ops & Data"]\nSeriesOrder = 3\n+++\n';
    expect(fieldsOf(toml)).toMatchObject({ series: 'Web, Ops & Data', seriesOrder: 3 });
  });

  it('reads seriesOrder as a number, written with or without quotes', () => {
    expect(fieldsOf(head('series: Bilans', 'seriesOrder: 2'))).toMatchObject({
      series: 'Bilans',
      seriesOrder: 2,
    });
    expect(fieldsOf(head('series: Bilans', 'seriesorder: "-1.5"')).seriesOrder).toBe(-1.5);
  });

  it('leaves a post without a series, or with an empty one, out of any series', () => {
    for (const source of [head(), head('series: ""'), head('series: []'), head('series:')]) {
      const fields = fieldsOf(source);
      expect(fields).not.toHaveProperty('series');
      expect(fields).not.toHaveProperty('seriesOrder');
    }
  });

  it('refuses several series, a value that is no name, and a bad or orphan seriesOrder, each with its line', () => {
    expect(problemsOf(head('tags: [a]', 'series: ["Web, Ops & Data", "Bilans"]'))).toEqual([
      `${FILE}:5: field "series" lists 2 series, ["Web, Ops & Data","Bilans"]: a post is in one series at most; keep one.`,
    ]);
    expect(problemsOf(head('series: {name: x}'))).toEqual([
      `${FILE}:4: field "series" must be the series' name, such as "Web, Ops & Data", not {"name":"x"}.`,
    ]);
    expect(problemsOf(head('series: [[a]]'))).toEqual([
      `${FILE}:4: field "series" must be the series' name, such as "Web, Ops & Data", not ["a"].`,
    ]);
    expect(problemsOf(head('series: "!!!"'))).toEqual([
      `${FILE}:4: field "series": "!!!" has no letter or digit to make the series' URL from.`,
    ]);
    expect(problemsOf(head('series: Bilans', 'seriesOrder: premier'))).toEqual([
      `${FILE}:5: field "seriesOrder" must be a number, such as 3 (the post's place in its series), not "premier".`,
    ]);
    expect(problemsOf(head('seriesOrder: 2'))).toEqual([
      `${FILE}:4: field "seriesOrder" places the post in no series: add "series: <its name>", or remove it.`,
    ]);
  });

  it('reports a bad series with the file’s other problems, at once', () => {
    expect(problemsOf(head('tags: 3', 'series: [a, b]', 'seriesOrder: true'))).toEqual([
      `${FILE}:4: field "tags" must be a list, such as ["kubernetes", "veille"], not 3.`,
      `${FILE}:5: field "series" lists 2 series, ["a","b"]: a post is in one series at most; keep one.`,
      `${FILE}:6: field "seriesOrder" must be a number, such as 3 (the post's place in its series), not true.`,
    ]);
  });
});
