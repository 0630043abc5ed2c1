import { describe, expect, it } from 'vitest';
import { escapeLoneDollars } from '@/lib/content/math';

describe('escapeLoneDollars (MDX)', () => {
  it.each([
    ['Prix : 5 $ et 10 $.', 'Prix : 5 \\$ et 10 \\$.'],
    ['It costs $5 and $10.', 'It costs \\$5 and \\$10.'],
    ['Set $HOME and $PATH.', 'Set \\$HOME and \\$PATH.'],
    ['Soit $x_i$ et $y$ ici.', 'Soit $x_i$ et $y$ ici.'],
    ['Entre $a$ et 3 $.', 'Entre $a$ et 3 \\$.'],
    ['Déjà \\$ échappé, $$E = mc^2$$ et $n$.', 'Déjà \\$ échappé, $$E = mc^2$$ et $n$.'],
  ])('%j → %j', (text, expected) => {
    expect(escapeLoneDollars(text)).toBe(expected);
  });

  it('leaves code, display blocks and, in MDX, expressions and tags as written', () => {
    const text =
      '`echo $HOME`\n```sh\nexport A=$B\n```\n$$\na $ b\n$$\nUn <Cmp v="5 $" /> {`${x}`} 5 $';
    expect(escapeLoneDollars(text)).toBe(
      '`echo $HOME`\n```sh\nexport A=$B\n```\n$$\na $ b\n$$\nUn <Cmp v="5 $" /> {`${x}`} 5 \\$',
    );
    // TeX braces are no expression, and `<` in a formula is no tag.
    expect(escapeLoneDollars('$Y_{1i}$ ou $Y_{0i}$, et $a < b$ ou $c > d$.')).toBe(
      '$Y_{1i}$ ou $Y_{0i}$, et $a < b$ ou $c > d$.',
    );
  });
});
