import { describe, expect, it } from 'vitest';
import { countTags, tagSlug, uniqueTags, withCanonicalTagNames, type Tag } from '@/lib/posts/tags';

/** A post (newest first in the arrays below) tagged with these spellings. */
function tagged(...names: string[]): { tags: Tag[] } {
  return { tags: uniqueTags(names) };
}

describe('tagSlug', () => {
  it('is the ASCII slug of the tag as written', () => {
    expect(tagSlug('Cérénit')).toBe('cerenit');
    expect(tagSlug('Time Series')).toBe('time-series');
  });
});

describe('uniqueTags', () => {
  it('keeps tags in the order written, with their slug', () => {
    expect(uniqueTags(['Docker', 'Time Series', 'Cérénit'])).toEqual([
      { slug: 'docker', name: 'Docker' },
      { slug: 'time-series', name: 'Time Series' },
      { slug: 'cerenit', name: 'Cérénit' },
    ]);
  });

  it('drops a second spelling of the same tag, keeping the first one', () => {
    expect(uniqueTags(['Time Series', 'time series', 'TIME-SERIES', 'Cérénit', 'cerenit'])).toEqual(
      [
        { slug: 'time-series', name: 'Time Series' },
        { slug: 'cerenit', name: 'Cérénit' },
      ],
    );
  });

  it('trims names and collapses inner spaces', () => {
    expect(uniqueTags(['  Time   Series  ', '\tDocker\n'])).toEqual([
      { slug: 'time-series', name: 'Time Series' },
      { slug: 'docker', name: 'Docker' },
    ]);
  });

  it('drops empty tags and tags without a letter or digit', () => {
    expect(uniqueTags(['', '   ', '!!!', 'Ops'])).toEqual([{ slug: 'ops', name: 'Ops' }]);
  });
});

describe('countTags', () => {
  it('counts the posts of each tag, merging spellings that share a slug', () => {
    const posts = [
      tagged('Time Series', 'Cérénit'),
      tagged('time series'),
      tagged('cérénit', 'Docker'),
      tagged('Time Series'),
    ];
    const counts = countTags(posts, 'fr-FR');
    expect(counts.map(({ slug, count }) => [slug, count])).toEqual([
      ['time-series', 3],
      ['cerenit', 2],
      ['docker', 1],
    ]);
  });

  it('names a tag with the spelling most posts use', () => {
    const posts = [tagged('time series'), tagged('Time Series'), tagged('Time Series')];
    expect(countTags(posts, 'fr-FR')).toEqual([
      { slug: 'time-series', name: 'Time Series', count: 3 },
    ]);
  });

  it('breaks a tie between spellings in favour of the one seen first (the newest post)', () => {
    expect(countTags([tagged('cérénit'), tagged('Cérénit')], 'fr-FR')[0]?.name).toBe('cérénit');
    expect(countTags([tagged('Cérénit'), tagged('cérénit')], 'fr-FR')[0]?.name).toBe('Cérénit');
  });

  it('sorts by count, most used first, then by name in French order', () => {
    const posts = [
      tagged('Zabbix', 'Ops', 'Écologie', 'docker', 'Éditeur'),
      tagged('Ops'),
      tagged('Ansible'),
    ];
    expect(countTags(posts, 'fr-FR').map((t) => t.name)).toEqual([
      'Ops',
      'Ansible',
      'docker',
      'Écologie',
      'Éditeur',
      'Zabbix',
    ]);
  });

  it('is empty for no posts', () => {
    expect(countTags([], 'fr-FR')).toEqual([]);
  });
});

describe('withCanonicalTagNames', () => {
  it('shows every tag under its canonical spelling, slugs and order unchanged', () => {
    const posts = [tagged('time series', 'Docker'), tagged('Time Series')];
    const canonical = countTags([...posts, tagged('Time Series')], 'fr-FR');
    expect(withCanonicalTagNames(posts, canonical).map((p) => p.tags)).toEqual([
      [
        { slug: 'time-series', name: 'Time Series' },
        { slug: 'docker', name: 'Docker' },
      ],
      [{ slug: 'time-series', name: 'Time Series' }],
    ]);
  });

  it('keeps a tag missing from the canonical list as written', () => {
    const [post] = withCanonicalTagNames([tagged('Kubernetes')], []);
    expect(post?.tags).toEqual([{ slug: 'kubernetes', name: 'Kubernetes' }]);
  });

  it('keeps the other fields and does not modify the posts it is given', () => {
    const post = { title: 'Bilan', ...tagged('cérénit') };
    const [copy] = withCanonicalTagNames([post], [{ slug: 'cerenit', name: 'Cérénit' }]);
    expect(copy).toEqual({ title: 'Bilan', tags: [{ slug: 'cerenit', name: 'Cérénit' }] });
    expect(post.tags[0]?.name).toBe('cérénit');
  });

  it('reads no article: a post that loads its HTML when asked still loads it only when asked', () => {
    let reads = 0;
    const post = {
      tags: [{ slug: 'cerenit', name: 'cérénit' }],
      get html() {
        reads += 1;
        return '<p>Article</p>';
      },
    };
    const [copy] = withCanonicalTagNames([post], [{ slug: 'cerenit', name: 'Cérénit' }]);
    expect(reads).toBe(0);
    expect(copy?.tags).toEqual([{ slug: 'cerenit', name: 'Cérénit' }]);
    expect(copy?.html).toBe('<p>Article</p>');
    expect(reads).toBe(1);
  });
});
