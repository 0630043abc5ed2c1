import { describe, expect, it } from 'vitest';
import { printErrorsOnce } from '@/lib/http/log-once';

const failure = (message: string, digest: string) => Object.assign(new Error(message), { digest });

describe('printErrorsOnce', () => {
  function setUp() {
    const printed: unknown[][] = [];
    let time = 0;
    const target = { error: (...args: unknown[]) => void printed.push(args) };
    printErrorsOnce(target, () => time);
    return { printed, target, advance: (ms: number) => (time += ms) };
  }

  it('prints a failure once, however many times Next.js reports it within a minute', () => {
    const { printed, target, advance } = setUp();
    const error = failure('content/posts/a.mdx: the content store has no html', '123');
    target.error('⨯', error);
    target.error('⨯', error);
    advance(1000);
    target.error(error);
    expect(printed).toEqual([['⨯', error]]);
  });

  it('prints each failure, the same one again a minute later, and anything without a digest', () => {
    const { printed, target, advance } = setUp();
    target.error(failure('a', '1'));
    target.error(failure('b', '2'));
    target.error('plain message');
    target.error('plain message');
    advance(60_000);
    target.error(failure('a', '1'));
    expect(printed.map((args) => (args[0] instanceof Error ? args[0].message : args[0]))).toEqual([
      'a',
      'b',
      'plain message',
      'plain message',
      'a',
    ]);
  });
});
