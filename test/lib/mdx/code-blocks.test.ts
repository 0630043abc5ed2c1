import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderMdx } from '@/test/support/render-body';

const classes = (node: Element) => String(node.properties.className ?? '').split(/[\s,]+/);

/** Each line of the code blocks: its text, what the copy button keeps, and its classes. */
function lines(html: string) {
  const found: Element[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (node.tagName === 'code')
      for (const c of node.children)
        if (c.type === 'element' && classes(c).includes('line')) found.push(c);
  });
  return found.map((line) => ({
    text: toString(line),
    copied: line.children
      .filter((c) => !(c.type === 'element' && classes(c).includes('no-copy')))
      .map((c) => toString(c))
      .join(''),
    classes: classes(line),
  }));
}

const copiedCode = (html: string) =>
  lines(html)
    .filter((l) => !l.classes.includes('no-copy') && !l.classes.includes('remove'))
    .map((l) => l.copied)
    .join('\n');

const timer =
  '```ini title="/etc/systemd/system/mybackup.timer" {2} showLineNumbers{3}\n[Timer]\nOnCalendar=daily\nPersistent=true\n```\n';

describe.each([
  ['.md', renderMarkdown],
  ['.mdx', renderMdx],
])('code blocks in a %s post', (_format, render) => {
  it('show their title above the code, in a figure it names', async () => {
    const html = await render(timer);
    expect(html).toMatch(
      /^<figure class="code-block"><figcaption class="code-title">\/etc\/systemd\/system\/mybackup\.timer<\/figcaption><pre class="shiki[^"]*"/,
    );
    const untitled = await render('```ini\n[Timer]\n```\n');
    expect(untitled).toMatch(/^<div class="code-block"><pre /);
    expect(untitled).not.toContain('figcaption');
  });

  it('highlight the lines the fence names and number them from the first it gives', async () => {
    const html = await render(timer);
    expect(lines(html).map((l) => l.classes.includes('highlighted'))).toEqual([false, true, false]);
    expect(html).toMatch(/<pre class="[^"]*\bline-numbers\b[^"]*" style="[^"]*--first-line:2"/);
    // Numbers are drawn by CSS, never copied.
    expect(copiedCode(html)).toBe('[Timer]\nOnCalendar=daily\nPersistent=true');
  });

  it('mark added and removed lines with a + and - column, from a diff and from notation comments', async () => {
    const diff = await render('```diff\n [Timer]\n-OnCalendar=daily\n+OnCalendar=weekly\n```\n');
    expect(
      lines(diff).map((l) => [l.text, l.classes.includes('add'), l.classes.includes('remove')]),
    ).toEqual([
      [' [Timer]', false, false],
      ['-OnCalendar=daily', false, true],
      ['+OnCalendar=weekly', true, false],
    ]);
    expect(copiedCode(diff)).toBe('[Timer]\nOnCalendar=weekly');

    const notation = await render(
      '```js\nconst a = 1; // [!code --]\nconst a = 2; // [!code ++]\nexport { a };\n```\n',
    );
    expect(lines(notation).map((l) => l.text)).toEqual([
      '-const a = 1;',
      '+const a = 2;',
      ' export { a };',
    ]);
    expect(notation).not.toContain('[!code');
    expect(copiedCode(notation)).toBe('const a = 2;\nexport { a };');
  });

  it('highlight the words the fence names', async () => {
    const html = await render('```js /greet/\nfunction greet() {}\ngreet();\n```\n');
    expect([...html.matchAll(/class="highlighted-word">([^<]*)</g)].map((m) => m[1])).toEqual([
      'greet',
      'greet',
    ]);
  });

  it('leave a shell session’s prompts and output out of what is copied', async () => {
    const html = await render(
      '```console\n$ systemctl list-timers \\\n    --all\nNEXT  LEFT\n$ echo fini\nfini\n```\n',
    );
    expect(lines(html).map((l) => l.text)).toEqual([
      '$ systemctl list-timers \\',
      '    --all',
      'NEXT  LEFT',
      '$ echo fini',
      'fini',
    ]);
    expect(copiedCode(html)).toBe('systemctl list-timers \\\n    --all\necho fini');
    // A script is no session: its `$` and `#` are code.
    const script = await render('```shell\nexport A=$B\n# commentaire\n```\n');
    expect(copiedCode(script)).toBe('export A=$B\n# commentaire');
  });
});
