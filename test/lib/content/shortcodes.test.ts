import { describe, expect, it } from 'vitest';
import { parseFenceMeta } from '@/lib/mdx/fence-meta';
import { lookUpRef, refIndex, refMarker, resolveRefs } from '@/lib/content/refs';
import { expandShortcodes } from '@/lib/content/shortcodes';

const expand = (body: string, firstLine = 1) => expandShortcodes(body, { firstLine });
const lines = (text: string) => text.split('\n').length;

describe('expandShortcodes', () => {
  it('renders Hugo’s figure as a figure with its image and caption, escaped', () => {
    expect(
      expand('{{< figure src="/img/a b.png" alt="Un <schéma>" caption="Vue" link="/grand.png" >}}')
        .text,
    ).toBe(
      '<figure><a href="/grand.png"><img src="/img/a b.png" alt="Un &lt;schéma&gt;"></a><figcaption>Vue</figcaption></figure>',
    );
  });

  it('turns highlight blocks (Hugo and Jekyll) into fenced code, keeping every line and option', () => {
    const hugo =
      'Avant.\n\n{{< highlight go "linenos=table,hl_lines=2 3" >}}\nfunc main() {\n    {{ .Title }}\n}\n{{< /highlight >}}\n\nAprès.';
    const out = expand(hugo).text;
    expect(out).toBe(
      'Avant.\n\n```go {linenos=table,hl_lines=2 3}\nfunc main() {\n    {{ .Title }}\n}\n```\n\nAprès.',
    );
    expect(lines(out)).toBe(lines(hugo));
    expect(parseFenceMeta('{linenos=table,hl_lines=2 3}')).toMatchObject({
      highlighted: [2, 3],
      lineNumbersFrom: 1,
    });
    expect(expand('{% highlight ruby linenos %}\nputs 1\n{% endhighlight %}').text).toBe(
      '```ruby linenos\nputs 1\n```',
    );
    expect(expand('{% highlight ruby mark_lines="1" %}\nputs 1\n{% endhighlight %}').text).toBe(
      '```ruby {hl_lines=1}\nputs 1\n```',
    );
  });

  it('keeps the escaped form and Liquid’s raw blocks as text', () => {
    expect(expand('Écrire `{{</* youtube abc */>}}` pour une vidéo.').text).toBe(
      'Écrire `{{< youtube abc >}}` pour une vidéo.',
    );
    expect(expand('{% raw %}{{ page.title }} {% if x %}{% endraw %}').text).toBe(
      '{{ page.title }} {% if x %}',
    );
  });

  it('renders the inner text of a shortcode it does not know, nothing of a lone one, and names both', () => {
    const body =
      'Un.\n\n{{% encadre warning %}}\n**Attention** au *piège*.\n{{% /encadre %}}\n\nDeux {{< badge "x" >}}.';
    const { text, unknown } = expand(body, 10);
    expect(text).toBe('Un.\n\n\n**Attention** au *piège*.\n\n\nDeux .');
    expect(unknown).toEqual([
      { name: 'encadre', line: 12 },
      { name: 'badge', line: 16 },
    ]);
  });

  it('renders the shortcodes the site config maps: a theme’s notice as a Callout, u as <u>', () => {
    const { text, unknown } = expand(
      '{{% notice warning %}}\nUn **piège**.\n{{% /notice %}}\n\n{{< message title="Note" >}}Bref.{{< /message >}} {{< u >}}souligné{{< /u >}}',
    );
    expect(text).toBe(
      '<aside class="callout callout-warning" aria-label="Attention"><p class="callout-title">Attention</p>\n\nUn **piège**.\n\n</aside>\n\n<aside class="callout callout-info" aria-label="Note"><p class="callout-title">Note</p>\n\nBref.\n\n</aside> <u>souligné</u>',
    );
    expect(unknown).toEqual([]);
    expect(
      expandShortcodes('{{< cachee >}}Rien{{< /cachee >}}', { map: { cachee: null } }).text,
    ).toBe('');
  });

  it('expands nested shortcodes, with named and positional parameters', () => {
    expect(
      expand(
        '{{< details summary="Plus" >}}\nVoir {{< gist user="nmartin" id="abc123" >}}\n{{< /details >}}',
      ).text,
    ).toBe(
      '<details><summary>Plus</summary>\nVoir <p class="link-card"><a href="https://gist.github.com/nmartin/abc123">Gist nmartin/abc123</a> <span class="link-card-host">gist.github.com</span></p>\n</details>',
    );
  });

  it('links to posts with ref, relref and post_url, and to the site with Jekyll’s variables', () => {
    const { text } = expand(
      '[a]({{< ref "posts/autre.md#suite" >}}) [b]({% post_url 2010-07-21-ancien %})\n![c]({{ site.baseurl }}/assets/c.png) ![d]({{ "/assets/d.png" | relative_url }})',
      5,
    );
    expect(text).toBe(
      '[a](carnet-ref:5:posts%2Fautre%2Emd%23suite) [b](carnet-ref:5:2010%2D07%2D21%2Dancien)\n![c](/assets/c.png) ![d](/assets/d.png)',
    );
    const index = refIndex([
      { postFile: 'posts/autre.md', url: '/posts/autre' },
      { postFile: 'posts/2010/2010-07-21-ancien.md', url: '/2010/07/21/ancien' },
      { postFile: 'posts/bundle/index.md', url: '/posts/bundle' },
    ]);
    expect(resolveRefs(text, 'content/posts/x.md', index)).toEqual({
      html: '[a](/posts/autre#suite) [b](/2010/07/21/ancien)\n![c](/assets/c.png) ![d](/assets/d.png)',
      problems: [],
    });
    expect(lookUpRef('bundle', index)).toBe('/posts/bundle');
    // Hugo looks for a relative target beside the post first: two bundles are named part-2.
    const series = refIndex([
      { postFile: 'en/posts/series/part-1/index.md', url: '/series/1' },
      { postFile: 'en/posts/series/part-2/index.md', url: '/series/2' },
      { postFile: 'en/posts/other/part-2/index.md', url: '/other/2' },
    ]);
    expect(lookUpRef('part-2', series, 'content/en/posts/series/part-1/index.md')).toBe(
      '/series/2',
    );
    expect(lookUpRef('part-2', series)).toEqual({
      problem: 'several posts answer to this name: write its path under content/',
    });
    expect(lookUpRef('posts/other/part-2', series)).toBe('/other/2');
    // Jekyll's `link` names the source file, `_posts/` and extension included.
    expect(lookUpRef('_posts/2010-07-21-ancien.markdown', index)).toBe('/2010/07/21/ancien');
    // A page of another Jekyll collection is not moved in: its Jekyll URL, as Jekyll wrote it.
    expect(lookUpRef('_docs/history.md#v3', index)).toBe('/docs/history/#v3');
    expect(
      resolveRefs(`${refMarker(7, 'inconnu.md')}.`, 'content/posts/x.md', index).problems,
    ).toEqual(['content/posts/x.md:7: ref "inconnu.md": no post has this path or name.']);
  });

  it('keeps a highlight written on one line (a table cell) as code in the line', () => {
    expect(expand('| {{< highlight twig >}}{% if a %}{{< / highlight >}} | b |').text).toBe(
      '| <code class="language-twig">{% if a %}</code> | b |',
    );
  });

  it('drops kramdown’s attribute lists, keeping the lines, other braces and code', () => {
    expect(expand('Une note.\n{: .box-note}\n\n  {:.center }\n\n{:a => 1}').text).toBe(
      'Une note.\n\n\n  \n\n{:a => 1}',
    );
    expect(expand('[![Logo](logo.png)](/){: .center } et `{: .garde}`').text).toBe(
      '[![Logo](logo.png)](/) et `{: .garde}`',
    );
    expect(expand('```md\nTexte\n{: .note}\n```\n{: .note}').text).toBe(
      '```md\nTexte\n{: .note}\n```\n',
    );
  });

  it('reads the front matter for param, and leaves text without template syntax untouched', () => {
    expect(
      expandShortcodes('Par {{< param "author.name" >}}.', {
        params: { Author: { Name: 'Nicolas <N>' } },
      }).text,
    ).toBe('Par Nicolas &lt;N&gt;.');
    const plain = 'Du texte avec {accolades} et <b>du HTML</b>.';
    expect(expand(plain)).toEqual({ text: plain, unknown: [] });
  });
});
