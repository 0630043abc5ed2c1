import { describe, expect, it } from 'vitest';
import { expandLiquidOutputs, withoutKramdownAttributes } from '@/lib/content/jekyll';
import type { ShortcodeUse } from '@/lib/content/shortcodes';

function expand(text: string, site: Record<string, string> = {}) {
  const unknown: ShortcodeUse[] = [];
  const out = expandLiquidOutputs(text, {
    params: { title: 'Jekyll 4.3', Author: { Name: 'Parker' } },
    site,
    firstLine: 10,
    unknown,
  });
  return { out, unknown };
}

describe('expandLiquidOutputs', () => {
  it('gives site values from the config and page values from the front matter, with filters', () => {
    expect(
      expand('[bug]({{ site.repository }}/issues) par {{ page.author.name | upcase }}', {
        repository: 'https://github.com/jekyll/jekyll',
      }).out,
    ).toBe('[bug](https://github.com/jekyll/jekyll/issues) par PARKER');
    expect(expand(`[a]({{ '/docs/' | prepend: site.baseurl }})`).out).toBe('[a](/docs/)');
  });

  it('reads an output broken over lines as one', () => {
    expect(
      expand('([#1338]({{ site.repository\n}}/issues/1338))', { repository: 'https://r' }).out,
    ).toBe('([#1338](https://r/issues/1338))');
  });

  it('shows nothing for an output with no value, and reports it with its line', () => {
    const { out, unknown } = expand('Un\n[r]: {{ site.repository }}/x\n{{ issue }} reste');
    expect(out).toBe('Un\n[r]: /x\n reste');
    expect(unknown).toEqual([
      { name: '{{ site.repository }}', line: 11, kind: 'variable' },
      { name: '{{ issue }}', line: 12, kind: 'variable' },
    ]);
  });

  it('fills site and page values in code, as Jekyll did, and leaves any other braces', () => {
    const code =
      '```liquid\n{{ page.title }} {{ item.name }}\n```\n`{{ forloop.index }}` {{ .Title }}';
    expect(expand(code).out).toBe(
      '```liquid\nJekyll 4.3 {{ item.name }}\n```\n`{{ forloop.index }}` {{ .Title }}',
    );
  });
});

describe('expandLiquidOutputs in a Hugo post about templates', () => {
  it('leaves Go’s template words and highlighted code alone', () => {
    const text =
      '{{ if .Params.x }} a {{ else }} b {{ end }}\n{{< highlight go >}}{{ title }}{{< / highlight >}}';
    expect(expand(text)).toEqual({ out: text, unknown: [] });
  });
});

describe('withoutKramdownAttributes', () => {
  it('leaves code blocks as they are', () => {
    expect(withoutKramdownAttributes('~~~\n{: .note}\n~~~\n{: .note}')).toBe(
      '~~~\n{: .note}\n~~~\n',
    );
  });
});
