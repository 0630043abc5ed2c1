/**
 * Bad content stops the build, naming the file and the field or line: Contentlayer's default
 * (warn and skip the document) would let a post go missing silently.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, makeSite } from '../support/site';
import { png } from '../support/png';

const good = `---\ntitle: "Un article correct"\ndate: 2020-01-01\n---\n\nTexte.\n`;

async function contentBuild(name: string, files: Record<string, string | Uint8Array>) {
  const dir = makeSite(`content-${name}`, { 'content/posts/correct.mdx': good, ...files });
  return { ...(await buildContent(dir)), dir };
}

describe('a content build', { timeout: 60_000 }, () => {
  it('succeeds on good content, with fields the blog ignores', async () => {
    const hugo = `---\ntitle: "Hugo"\ndate: 2020-05-14 17:30:00 +0200\ncategories: ["Ops"]\nauthor: "Nicolas"\nlayout: post\naliases: ["/x/"]\n---\n\nTexte.\n`;
    const result = await contentBuild('ok', { 'content/posts/hugo.md': hugo });
    expect(result.output).toContain('Generated 2 documents');
    expect(result.code).toBe(0);
  });

  const cases: Array<[string, string, string, RegExp]> = [
    ['a missing title', 'sans-titre.mdx', `---\ndate: 2020-01-01\n---\n\nTexte.\n`, /title/],
    [
      'a title that is not text',
      'titre-liste.md',
      `---\ntitle: [a, b]\ndate: 2020-01-01\n---\n\nTexte.\n`,
      /titre-liste\.md:2: field "title" must be text/,
    ],
    ['a missing date', 'sans-date.md', `---\ntitle: "x"\n---\n\nTexte.\n`, /date/],
    [
      'a date that is not a date',
      'date-fausse.mdx',
      `---\ntitle: "x"\ndate: hier soir\n---\n\nTexte.\n`,
      /date-fausse\.mdx:3: field "date": "hier soir" is not a date/,
    ],
    [
      'a day that does not exist',
      'date-30-fevrier.mdx',
      `---\ntitle: "x"\ndate: 2020-02-30\n---\n\nTexte.\n`,
      /field "date": "2020-02-30"/,
    ],
    [
      'a bad lastmod',
      'lastmod-faux.md',
      `---\ntitle: "x"\ndate: 2020-01-01\nlastmod: bientôt\n---\n\nTexte.\n`,
      /lastmod-faux\.md:4: field "lastmod"/,
    ],
    [
      'tags that are not a list',
      'tags-nombre.mdx',
      `---\ntitle: "x"\ndate: 2020-01-01\ntags: 3\n---\n\nTexte.\n`,
      /tags-nombre\.mdx:4: field "tags" must be a list/,
    ],
    [
      'several series',
      'series-plusieurs.md',
      `---\ntitle: "x"\ndate: 2020-01-01\nseries: ["Web, Ops & Data", "Bilans"]\n---\n\nTexte.\n`,
      /series-plusieurs\.md:4: field "series" lists 2 series/,
    ],
    [
      'a series order that is not a number',
      'ordre-serie.mdx',
      `---\ntitle: "x"\ndate: 2020-01-01\nseries: "Bilans"\nseriesOrder: premier\n---\n\nTexte.\n`,
      /ordre-serie\.mdx:5: field "seriesOrder" must be a number/,
    ],
    [
      'a draft flag that is not a boolean',
      'draft-texte.md',
      `---\ntitle: "x"\ndate: 2020-01-01\ndraft: "peut-être"\n---\n\nTexte.\n`,
      /draft-texte\.md:4: field "draft"/,
    ],
    [
      'front matter that is not YAML',
      'yaml-casse.md',
      `---\ntitle: "x\ndate: 2020-01-01\n---\n\nTexte.\n`,
      /yaml-casse\.md:3: the front matter is not valid YAML/,
    ],
    [
      'front matter that is not TOML',
      'toml-casse.md',
      `+++\ntitle = "x"\ndate = = 2020-01-01\n+++\n\nTexte.\n`,
      /toml-casse\.md:3: the front matter is not valid TOML/,
    ],
    [
      'a slug with nothing to make a URL from',
      'slug-vide.md',
      `---\ntitle: "x"\ndate: 2020-01-01\nslug: "!!!"\n---\n\nTexte.\n`,
      /field "slug"/,
    ],
    [
      'TeX that KaTeX cannot typeset, in Markdown',
      'formule.md',
      `---\ntitle: "x"\ndate: 2020-01-01\n---\n\nTexte.\n\nSoit $\\frac{1}{$ ici.\n`,
      /formule\.md[\s\S]*line 8: the math does not typeset: KaTeX parse error: Unexpected end of input/,
    ],
    [
      'TeX that KaTeX cannot typeset, in MDX',
      'formule-mdx.mdx',
      `---\ntitle: "x"\ndate: 2020-01-01\n---\n\nTexte.\n\n$$\n\\begin{matrice}\n$$\n`,
      /formule-mdx\.mdx[\s\S]*line 8: the math does not typeset: KaTeX parse error: No such environment: matrice/,
    ],
    [
      'MDX that does not compile',
      'mdx-casse.mdx',
      `---\ntitle: "x"\ndate: 2020-01-01\n---\n\nLigne un.\n\nUne accolade {ouverte\n`,
      /\d+:\d+/,
    ],
  ];

  it.concurrent.each(cases)(
    'fails on %s, naming the file and the problem',
    async (_label, file, text, problem) => {
      const result = await contentBuild(file.replace(/\.\w+$/, ''), {
        [`content/posts/${file}`]: text,
      });
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(`posts/${file}`);
      expect(result.output).toMatch(problem);
      expect(result.output).not.toContain('Generated');
    },
  );

  it('builds front matter as Hugo and Jekyll write it: TOML, keys in any case, dates in file names', async () => {
    const result = await contentBuild('autres-moteurs', {
      'content/posts/hugo.md': `+++\nTitle = "Hugo"\nDate = 2020-05-14T17:30:00+02:00\nTags = ["ops"]\n+++\n\nTexte Hugo.\n`,
      'content/posts/toml.mdx': `+++\ntitle = "TOML en MDX"\ndate = 2020-05-15\nvalues = [1, "mixed"]\n+++\n\nTexte MDX.\n`,
      'content/posts/windows.mdx': `---\r\ntitle: "Windows"\r\ndate: 2020-05-16\r\ntags: ["a", "b"]\r\n---\r\n\r\nTexte Windows.\r\n`,
      'content/posts/2018-01-29-jekyll.md': `---\nlayout: post\ntitle: Jekyll\ntags: docker kubernetes\n---\n\nTexte Jekyll.\n`,
    });
    expect(result.output).toContain('Generated 5 documents');
    expect(result.code).toBe(0);
    // The front matter is never part of the article.
    for (const [slug, text] of [
      ['hugo', 'Texte Hugo.'],
      ['toml', 'Texte MDX.'],
      ['windows', 'Texte Windows.'],
      ['jekyll', 'Texte Jekyll.'],
    ]) {
      const html = readFileSync(
        join(result.dir, `.contentlayer/store/bodies/${slug}.html`),
        'utf8',
      );
      expect(html.trim(), slug).toBe(`<p>${text}</p>`);
    }
  });

  it('expands Hugo shortcodes and Liquid in .md: no template syntax left, unknown ones named', async () => {
    const hugo = [
      '+++',
      'title = "Shortcodes"',
      'date = 2021-01-01',
      '+++',
      '',
      'Voir {{< ref "correct.mdx" >}} et [le même]({{< relref "posts/correct.mdx" >}}).',
      '',
      '{{< figure src="schema.png" alt="Le schéma" caption="Vue d’ensemble" >}}',
      '',
      '{{% encadre warning %}}',
      'Un **avertissement**.',
      '{{% /encadre %}}',
      '',
      '{{% notice tip %}}Une **astuce**.{{% /notice %}}',
      '',
      '{{< highlight go >}}',
      'func main() {}',
      '{{< /highlight >}}',
      '',
      'Écrire `{{</* youtube id */>}}`.',
      '',
      '{{< youtube w7Ft2ymGmfc >}}',
    ].join('\n');
    const result = await contentBuild('shortcodes', {
      'content/posts/hugo/index.md': hugo,
      'content/posts/hugo/schema.png': png(8, 4, [0, 128, 0]),
      // Jekyll's own extension.
      'content/posts/jekyll.markdown': `---\ntitle: "Jekyll"\ndate: 2021-01-02\n---\n\n{% highlight ruby %}\nputs "{{ 1 }}"\n{% endhighlight %}\n\n[Lien]({% post_url 2020-01-01-correct %}) {% include note.html %}\n\n[Mort](/posts/absent)\n`,
    });
    expect(result.output).toContain('Generated 3 documents');
    expect(result.code).toBe(0);
    expect(result.output).toContain(
      'warning: shortcode "encadre" is not one Carnet knows: 1 post (first at content/posts/hugo/index.md:10)',
    );
    const hugoHtml = readFileSync(join(result.dir, '.contentlayer/store/bodies/hugo.html'), 'utf8');
    // Hugo's ref gives the URL itself, as text or as a link's destination.
    expect(hugoHtml).toContain(
      '<p>Voir /posts/correct et <a href="/posts/correct">le même</a>.</p>',
    );
    expect(hugoHtml).toMatch(
      /<figure><img src="\/media\/[0-9a-f]{16}\/schema\.png" alt="Le schéma"[^>]*><figcaption>Vue d’ensemble<\/figcaption><\/figure>/,
    );
    // Mapped in lib/config/migration.ts: the Callout's own markup.
    expect(hugoHtml).toContain(
      '<aside class="callout callout-tip" aria-label="Astuce"><p class="callout-title">Astuce</p>\n<p>Une <strong>astuce</strong>.</p>\n</aside>',
    );
    expect(hugoHtml).toContain('<strong>avertissement</strong>');
    expect(hugoHtml).toMatch(/<pre[^>]*><code class="language-go">.*func.*main/s);
    expect(hugoHtml).toContain('{{&#x3C; youtube id >}}');
    // A video: a link to it, and its privacy-enhanced player named for the click; no frame.
    expect(hugoHtml).toContain(
      '<figure class="video-embed" data-video-frame="https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc?autoplay=1" data-video-title="Vidéo YouTube"><a href="https://www.youtube.com/watch?v=w7Ft2ymGmfc" class="video-embed-play">',
    );
    expect(hugoHtml).not.toContain('<iframe');
    // The build checks internal links as content:check does.
    expect(result.output).toContain(
      'warning: content/posts/jekyll.markdown:12: link "/posts/absent" leads nowhere: no post, page or file of public/ has this path.',
    );
    expect(hugoHtml.replace('{{&#x3C; youtube id >}}', '')).not.toMatch(/\{\{|\{%|%\}|carnet-ref/);
    // The summary readers and crawlers see: the ref resolved there too.
    const index = JSON.parse(
      readFileSync(join(result.dir, '.contentlayer/store/index.json'), 'utf8'),
    ) as { posts: Array<{ slug: string; excerpt: string }> };
    expect(index.posts.find((p) => p.slug === 'hugo')?.excerpt).toBe(
      'Voir /posts/correct et le même.',
    );
    const jekyllHtml = readFileSync(
      join(result.dir, '.contentlayer/store/bodies/jekyll.html'),
      'utf8',
    );
    expect(jekyllHtml).toContain('<a href="/posts/correct">Lien</a>');
    expect(jekyllHtml).not.toMatch(/\{%|%\}/);
  });

  it('maps other starters’ MDX components, and names an unknown one with its line', async () => {
    const mapped = await contentBuild('composants', {
      'content/posts/starter.mdx': `---\ntitle: "Starter"\ndate: 2021-01-01\n---\n\n<TOCInline toc={props.toc} />\n\n## Partie\n\n<AlertBox type="warning">Attention.</AlertBox>\n\n<BlogNewsletterForm title="Lettre" />\n`,
    });
    expect(mapped.code).toBe(0);
    const html = readFileSync(join(mapped.dir, '.contentlayer/store/bodies/starter.html'), 'utf8');
    expect(html).toContain('<a href="#partie">Partie</a>');
    expect(html).toContain('<aside class="callout callout-warning"');
    expect(html).not.toContain('Lettre');
    const unknown = await contentBuild('composant-inconnu', {
      'content/posts/inconnu.mdx': `---\ntitle: "Inconnu"\ndate: 2021-01-01\n---\n\nTexte.\n\n<CustomChart data="x" />\n`,
    });
    expect(unknown.code).not.toBe(0);
    expect(unknown.output).toContain(
      'content/posts/inconnu.mdx:8: component <CustomChart> is not one this blog has: map it in lib/config/migration.ts',
    );
  });

  it('fails on a ref to no post, naming the file and the line', async () => {
    const result = await contentBuild('ref-inconnue', {
      'content/posts/refs.md': `---\ntitle: "Refs"\ndate: 2021-01-01\n---\n\nUn.\n\nVoir {{< ref "nulle-part.md" >}}.\n`,
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'content/posts/refs.md:8: ref "nulle-part.md": no post has this path or name.',
    );
  });

  it('builds Hugo translations side by side: index.md and index.en.md are two posts', async () => {
    const result = await contentBuild('traductions', {
      'content/posts/mon-billet/index.md': `---\ntitle: "Mon billet"\ndate: 2021-01-01\n---\n\nEn français.\n`,
      'content/posts/mon-billet/index.en.md': `---\ntitle: "My post"\ndate: 2021-01-01\n---\n\nIn English.\n`,
    });
    expect(result.code).toBe(0);
    const index = JSON.parse(
      readFileSync(join(result.dir, '.contentlayer/store/index.json'), 'utf8'),
    ) as { posts: Array<{ slug: string; url: string }> };
    expect(
      index.posts
        .filter((p) => p.slug.startsWith('mon-billet'))
        .map((p) => [p.slug, p.url])
        .sort(),
    ).toEqual([
      ['mon-billet', '/posts/mon-billet'],
      ['mon-billet-en', '/en/posts/mon-billet'],
    ]);
  });

  it('stores each post’s series and order as written, Hugo’s list form and TOML included', async () => {
    const result = await contentBuild('series', {
      'content/posts/un.md': `---\ntitle: "Un"\ndate: 2020-01-01\nseries: ["Web, Ops & Data"]\n---\n\nUn.\n`,
      'content/posts/deux.mdx': `---\ntitle: "Deux"\ndate: 2020-01-02\nseries: "Web, Ops & Data"\nseriesOrder: 1\n---\n\nDeux.\n`,
      'content/posts/trois.md': `+++\ntitle = "Trois"\ndate = 2020-01-03\nSeries = "Bilans"\nSeriesOrder = 2\n+++\n\nTrois.\n`,
    });
    expect(result.code).toBe(0);
    const index = JSON.parse(
      readFileSync(join(result.dir, '.contentlayer/store/index.json'), 'utf8'),
    ) as { posts: Array<{ slug: string; series?: string; seriesOrder?: number }> };
    expect(
      index.posts.map(({ slug, series, seriesOrder }) => [slug, series, seriesOrder]).sort(),
    ).toEqual([
      ['correct', undefined, undefined],
      ['deux', 'Web, Ops & Data', 1],
      ['trois', 'Bilans', 2],
      ['un', 'Web, Ops & Data', undefined],
    ]);
  });

  it('reports the front-matter problems of every post in one run', async () => {
    const result = await contentBuild('plusieurs', {
      'content/posts/un.md': `---\ntitle: "x"\ndate: jamais\n---\n`,
      'content/posts/deux.md': `---\ndate: 2020-01-01\ndraft: peut-être\n---\n`,
      'content/posts/trois.md': `---\ntitle: "Trois"\ndate: 2020-01-03\nseriesOrder: 2\n---\n`,
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/posts/un.md:3: field "date": "jamais" is not a date');
    expect(result.output).toContain('content/posts/deux.md: field "title" is missing');
    expect(result.output).toContain('content/posts/deux.md:3: field "draft" must be true or false');
    expect(result.output).toContain(
      'content/posts/trois.md:4: field "seriesOrder" places the post in no series',
    );
  });

  it('fails when an old address or a URL clashes with another post or a page, naming both files', async () => {
    const result = await contentBuild('adresses', {
      'content/posts/un.md': `---\ntitle: "Un"\ndate: 2020-01-01\naliases: ["/ancien/", "/feed.xml"]\n---\n\nUn.\n`,
      'content/posts/deux.md': `---\ntitle: "Deux"\ndate: 2020-01-02\nredirect_from: /ancien\nurl: /posts/correct\n---\n\nDeux.\n`,
      'content/posts/trois.md': `---\ntitle: "Trois"\ndate: 2020-01-03\naliases: ["//ailleurs.example/x"]\n---\n\nTrois.\n`,
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("4 problems with the posts' addresses");
    expect(result.output).toContain(
      'content/posts/deux.md: the URL "/posts/correct" is also the URL of content/posts/correct.mdx.',
    );
    // Which of the two claims it first depends on the order Contentlayer lists them in.
    expect(result.output).toMatch(
      /posts\/(un|deux)\.md: the old address "\/ancien" is also the old address of content\/posts\/(un|deux)\.md\./,
    );
    expect(result.output).toContain(
      'content/posts/un.md: the old address "/feed.xml" is taken by the site\'s own /feed.xml.',
    );
    expect(result.output).toContain(
      'content/posts/trois.md: field "aliases": "//ailleurs.example/x" is not a path of this site',
    );
  });

  it('fails when two posts share a slug, naming both files', async () => {
    const result = await contentBuild('doublon', {
      'content/posts/2020-01-01-doublon.mdx': `---\ntitle: "a"\ndate: 2020-01-01\n---\n\nA.\n`,
      'content/posts/archives/doublon.md': `---\ntitle: "b"\ndate: 2020-01-02\n---\n\nB.\n`,
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      '"doublon" is the slug of both content/posts/2020-01-01-doublon.mdx and content/posts/archives/doublon.md',
    );
  });

  it('fails on missing or broken images, naming each post, line and path in one run', async () => {
    const result = await contentBuild('images', {
      'content/posts/bundle/index.md': `---\ntitle: "a"\ndate: 2020-01-01\n---\n\nTexte.\n\n![Schéma](./schema.png)\n`,
      'content/posts/bundle/faux.png': 'pas une image',
      'content/posts/autre.mdx': `---\ntitle: "b"\ndate: 2020-01-02\nimage: /images/absente.png\n---\n\n![Faux](./bundle/faux.png)\n\n![Dehors](../../../secret.png)\n`,
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('4 problems with images or linked files');
    expect(result.output).toContain(
      'content/posts/bundle/index.md:8: image "./schema.png": no such file: content/posts/bundle/schema.png',
    );
    expect(result.output).toContain(
      'content/posts/autre.mdx: field "image": "/images/absente.png": no such file: public/images/absente.png',
    );
    expect(result.output).toContain(
      'content/posts/autre.mdx:7: image "./bundle/faux.png": content/posts/bundle/faux.png: the file is not an image',
    );
    expect(result.output).toContain(
      'content/posts/autre.mdx:9: image "../../../secret.png": the path leads outside content/',
    );
  });

  it('fails on a file in content/ that is not a post', async () => {
    const result = await contentBuild('inconnu', { 'content/pages/a-propos.md': good });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('pages/a-propos.md');
  });
});
