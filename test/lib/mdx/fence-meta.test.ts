import { describe, expect, it } from 'vitest';
import { parseFenceMeta, parseLineRanges } from '@/lib/mdx/fence-meta';

describe('parseFenceMeta', () => {
  it('reads a title, highlighted lines and line numbers, in any order', () => {
    expect(
      parseFenceMeta('title="/etc/systemd/system/mybackup.timer" {1,3-5} showLineNumbers'),
    ).toEqual({
      title: '/etc/systemd/system/mybackup.timer',
      highlighted: [1, 3, 4, 5],
      inserted: [],
      deleted: [],
      words: [],
      lineNumbersFrom: 1,
    });
    expect(parseFenceMeta("showLineNumbers{10} {2} filename='app.ts'")).toMatchObject({
      title: 'app.ts',
      highlighted: [2],
      lineNumbersFrom: 10,
    });
  });

  it('takes slashes and braces in a title as part of it, not as words or lines', () => {
    const meta = parseFenceMeta('title="/opt/{app}/run.sh" /deploy/');
    expect(meta.title).toBe('/opt/{app}/run.sh');
    expect(meta.highlighted).toEqual([]);
    expect(meta.words).toEqual(['deploy']);
  });

  it('reads highlighted words, escaped slashes included', () => {
    expect(parseFenceMeta('/greet/ /a\\/b/').words).toEqual(['greet', 'a/b']);
  });

  it('reads Expressive Code’s mark, ins and del', () => {
    expect(parseFenceMeta('mark={1} ins={2-3} del={4}')).toMatchObject({
      highlighted: [1],
      inserted: [2, 3],
      deleted: [4],
    });
  });

  it('reads Hugo’s attribute list', () => {
    expect(parseFenceMeta('{linenos=table,hl_lines=[8,"15-17"],linenostart=199}')).toMatchObject({
      highlighted: [8, 15, 16, 17],
      lineNumbersFrom: 199,
    });
    expect(parseFenceMeta('{hl_lines="2 4-5"}')).toMatchObject({ highlighted: [2, 4, 5] });
    expect(parseFenceMeta('{linenos=false}').lineNumbersFrom).toBeUndefined();
  });

  it('ignores what it does not know, and an empty title', () => {
    expect(parseFenceMeta('foo=bar title="" {.bash}')).toEqual({
      highlighted: [],
      inserted: [],
      deleted: [],
      words: [],
    });
    expect(parseFenceMeta(undefined).title).toBeUndefined();
  });
});

describe('parseLineRanges', () => {
  it('sorts, dedupes, and bounds a range written by mistake', () => {
    expect(parseLineRanges('5, 1-3, 2')).toEqual([1, 2, 3, 5]);
    expect(parseLineRanges('1-100000000')).toHaveLength(10_001);
    expect(parseLineRanges('a, -, 4-2')).toEqual([]);
  });
});
