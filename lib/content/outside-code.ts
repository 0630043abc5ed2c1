/**
 * A post's Markdown text, line by line, with code told apart from prose: what the text passes
 * before the parser (./jekyll.ts) must leave code as written. Raw HTML is left as
 * written too (`raw`): Markdown escapes mean nothing there.
 */

/** CommonMark's fence: three backticks or tildes, and no backtick after backticks on the line. */
const FENCE = /^ {0,3}(`{3,}(?!.*`)|~{3,})/;
/** A line that opens an HTML block (`<div>`, `<table>`, `</p>`, `<!--`), until a blank line. */
const HTML_BLOCK = /^ {0,3}<(?:[A-Za-z][\w-]*(?:\s|\/?>|$)|\/[A-Za-z]|!--)/;
/** Code spans, and inline HTML whose text is not Markdown. */
const RAW_SPAN = /(`+[^`]*`+|<(code|pre|kbd|samp|script|style)\b[^>]*>[\s\S]*?<\/\2>)/;

type Part = (part: string, offset: number) => string;

/**
 * `text` with `prose` applied to what is not code, and `code` to fenced blocks, code spans and
 * raw HTML (`raw`, which is `code` unless given).
 */
export function mapByCode(
  text: string,
  prose: Part,
  code: Part = (part) => part,
  raw = code,
): string {
  let fence: string | undefined;
  let html = false;
  let offset = 0;
  return text
    .split('\n')
    .map((line) => {
      const at = offset;
      offset += line.length + 1;
      const marker = FENCE.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return code(line, at);
      }
      if (marker) {
        fence = marker;
        return code(line, at);
      }
      if (html || HTML_BLOCK.test(line)) {
        html = line.trim() !== '';
        return raw(line, at);
      }
      let within = at;
      return line
        .split(RAW_SPAN)
        .filter((_, i) => i % 3 !== 2)
        .map((part, i) => {
          const start = within;
          within += part.length;
          if (i % 2 === 0) return prose(part, start);
          return part.startsWith('`') ? code(part, start) : raw(part, start);
        })
        .join('');
    })
    .join('\n');
}
