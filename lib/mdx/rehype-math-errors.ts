/**
 * TeX that KaTeX cannot typeset fails the build, where rehype-katex would show it in red to
 * readers: every formula of the post at once, each with its line and KaTeX's message.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';

export function rehypeMathErrors() {
  return (_tree: Root, file: VFile) => {
    const problems = file.messages
      .filter((message) => message.source === 'rehype-katex')
      .map((message) => {
        // A display formula's own element has no position; the block around it has.
        const line =
          message.line ??
          message.ancestors?.findLast((node) => node.position)?.position?.start.line;
        const where = line ? `line ${line}: ` : '';
        const cause = message.cause instanceof Error ? message.cause.message : message.reason;
        return `${where}the math does not typeset: ${cause}`;
      });
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
}
