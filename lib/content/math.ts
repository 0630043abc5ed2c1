/**
 * Pandoc's rule for `$…$` inline math in MDX, which remark-math does not have: an opening `$` has a
 * non-space character right after it, a closing one a non-space character right before it and no
 * digit right after it. Every other single `$` is a dollar (`5 $ et 10 $`, `$5 and $10`,
 * `$HOME`): it is escaped before the parser reads the text, so that prices and shell variables
 * never become formulas. `$$…$$` and code are left as they are.
 */
import { mapByCode } from './outside-code';

/** The positions of the single `$` of `line` that open or close no formula. */
function loneDollars(line: string): Set<number> {
  const singles: number[] = [];
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] !== '$' || line[i - 1] === '\\') continue;
    if (line[i + 1] === '$') {
      // `$$…$$` is display math (or inline, in Markdown's own reading): skipped whole.
      const end = line.indexOf('$$', i + 2);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    singles.push(i);
  }
  const paired = new Set<number>();
  for (let k = 0; k < singles.length; k += 1) {
    const open = singles[k] ?? 0;
    if (!/\S/.test(line[open + 1] ?? ' ')) continue;
    const close = singles
      .slice(k + 1)
      .find((j) => /\S/.test(line[j - 1] ?? ' ') && !/\d/.test(line[j + 1] ?? ''));
    if (close === undefined) continue;
    paired.add(open).add(close);
    k = singles.indexOf(close);
  }
  return new Set(singles.filter((i) => !paired.has(i)));
}

/** A JSX tag of MDX, `<Note type="$">`, `</Note>`: a letter right after `<` (`$a < b$` is none). */
const JSX_TAG = /(<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>)/;

/**
 * `text` (an MDX post's body) with every single `$` that is no formula's escaped. JSX tags, raw
 * HTML and `${` (JavaScript's, in an expression) are left alone.
 */
export function escapeLoneDollars(text: string): string {
  let display = false;
  return mapByCode(text, (part) => {
    if (/^\s*\$\$\s*$/.test(part)) {
      display = !display;
      return part;
    }
    if (display || !part.includes('$')) return part;
    const pieces = part.split(JSX_TAG);
    return pieces
      .map((piece, i) => {
        if (i % 2 === 1) return piece;
        const lone = loneDollars(piece);
        return piece
          .split('')
          .map((c, j) =>
            // `${` is JavaScript's, in an MDX expression: never escaped.
            lone.has(j) && piece[j + 1] !== '{' ? '\\$' : c,
          )
          .join('');
      })
      .join('');
  });
}
