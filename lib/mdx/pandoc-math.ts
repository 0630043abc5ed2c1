/**
 * TeX math as Pandoc, Hugo's passthrough and the Next.js starters read it: `$$…$$` (remark-math)
 * and `$…$` with Pandoc's rule, which remark-math does not have: an opening `$` has a non-space
 * character right after it (and no punctuation: `10 $, puis $x$`), a closing one a non-space
 * character right before it and no digit right after it. Every other `$` is a dollar
 * (`5 $ et 10 $`, `$5 and $10`, `$HOME`). Read by the Markdown parser itself (a micromark
 * construct), so code, raw HTML, JSX and links are never searched for formulas, in `.md` and
 * `.mdx` alike.
 */
import remarkMath from 'remark-math';
import {
  asciiDigit,
  markdownLineEnding,
  markdownLineEndingOrSpace,
} from 'micromark-util-character';
import type {
  Code,
  Construct,
  Effects,
  Extension,
  State,
  Token,
  TokenizeContext,
} from 'micromark-util-types';
import type {} from 'micromark-extension-math';
import type {} from 'remark-parse';
import type { Processor } from 'unified';

const DOLLAR = 36;
const BACKSLASH = 92;
const BACKTICK = 96;
const CLOSING_PUNCTUATION = new Set([...',.;:!?)]}'].map((c) => c.charCodeAt(0)));

function tokenizeInlineMath(effects: Effects, ok: State, nok: State): State {
  let afterSpace = false;
  let sequence: Token | undefined;

  const start: State = (code) => {
    effects.enter('mathText');
    effects.enter('mathTextSequence');
    effects.consume(code);
    effects.exit('mathTextSequence');
    return afterOpening;
  };

  // `$$` is remark-math's; a space after `$` makes it a dollar, and so does punctuation, which
  // starts no formula: `10 $, puis $x$` is a price, then a formula.
  const afterOpening: State = (code) => {
    if (code === null || code === DOLLAR || markdownLineEndingOrSpace(code)) return nok(code);
    if (CLOSING_PUNCTUATION.has(code)) return nok(code);
    effects.enter('mathTextData');
    return data(code);
  };

  const data: State = (code) => {
    // A formula never runs into code (`5 $ de plus, voir `$PATH``).
    if (code === null || code === BACKTICK) return nok(code);
    if (markdownLineEnding(code)) {
      effects.exit('mathTextData');
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      afterSpace = true;
      return lineStart;
    }
    if (code === DOLLAR) {
      effects.exit('mathTextData');
      sequence = effects.enter('mathTextSequence');
      effects.consume(code);
      return closing;
    }
    afterSpace = code === 32 || code === 9;
    effects.consume(code);
    // TeX's `\$` is a dollar inside the formula, never its end.
    return code === BACKSLASH ? escaped : data;
  };

  const escaped: State = (code) => {
    if (code === null || markdownLineEnding(code)) return data(code);
    afterSpace = false;
    effects.consume(code);
    return data;
  };

  const lineStart: State = (code) => {
    effects.enter('mathTextData');
    return data(code);
  };

  // A `$` after a space, or before a digit (`$x = 5$10`), closes nothing: it was part of the
  // formula. A `$$` inside means there was no formula: `3 $. Voir $$E = mc^2$$`.
  const closing: State = (code: Code) => {
    if (code === DOLLAR) return nok(code);
    if ((afterSpace || asciiDigit(code)) && sequence) {
      sequence.type = 'mathTextData';
      afterSpace = false;
      return data(code);
    }
    effects.exit('mathTextSequence');
    effects.exit('mathText');
    return ok(code);
  };

  return start;
}

/** Not right after another `$`, unless that one was escaped (as remark-math's own rule). */
function previous(this: TokenizeContext, code: Code): boolean {
  return code !== DOLLAR || this.events.at(-1)?.[1].type === 'characterEscape';
}

const inlineMath: Construct = { name: 'pandocMathText', tokenize: tokenizeInlineMath, previous };

export const pandocMathSyntax: Extension = { text: { [DOLLAR]: inlineMath } };

/** remark-math (display math and `$$…$$`) with Pandoc's `$…$`. */
export function remarkPandocMath(this: Processor): void {
  remarkMath.call(this, { singleDollarTextMath: false });
  const data = this.data();
  data.micromarkExtensions ??= [];
  data.micromarkExtensions.push(pandocMathSyntax);
}
