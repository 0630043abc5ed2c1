// @ts-check
/*
 * The copy button of code blocks (lib/mdx/shiki-code-blocks.ts), served as is by
 * app/code-copy/[version]/route.ts to the pages that have code, and to no other: a page without
 * code loads no byte of it. A script of its own rather than a React component, which Next.js would
 * bundle with every post page. Labels come from the article (`data-copy`, …, app/post-page.tsx);
 * blocks that a client-side navigation brings in get their button too.
 */
(() => {
  /** @type {HTMLElement | undefined} */
  let live;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let quiet;

  /** Said by screen readers (one polite live region for the page), then cleared. */
  /** @param {string} message */
  function say(message) {
    if (!live) return;
    clearTimeout(quiet);
    live.textContent = message;
    quiet = setTimeout(() => live && (live.textContent = ''), 3000);
  }

  /**
   * The code a reader would type: without line numbers (drawn by CSS), removed lines, nor what the
   * build marked `.no-copy` (a diff's markers, a shell session's prompts and output).
   * @param {HTMLElement} pre
   */
  function codeText(pre) {
    const lines = pre.querySelectorAll('code > .line');
    if (lines.length === 0) return pre.textContent ?? '';
    return Array.from(lines)
      .filter((line) => !line.matches('.no-copy, .remove'))
      .map((line) => {
        const copy = /** @type {Element} */ (line.cloneNode(true));
        for (const skipped of copy.querySelectorAll('.no-copy')) skipped.remove();
        return copy.textContent ?? '';
      })
      .join('\n');
  }

  /** @param {HTMLElement} block @param {DOMStringMap} labels */
  function equip(block, labels) {
    const pre = block.querySelector('pre');
    if (!pre) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'code-copy';
    button.textContent = labels.copy ?? '';
    button.addEventListener('click', () => {
      const done = () => {
        button.textContent = labels.copied ?? '';
        say(labels.copied ?? '');
        setTimeout(() => (button.textContent = labels.copy ?? ''), 2000);
      };
      // Refused (no permission, a page not served over HTTPS): the code is selected instead.
      const refused = () => {
        getSelection()?.selectAllChildren(pre.querySelector('code') ?? pre);
        say(labels.selected ?? '');
      };
      if (navigator.clipboard) navigator.clipboard.writeText(codeText(pre)).then(done, refused);
      else refused();
    });
    block.append(button);
  }

  function equipAll() {
    for (const block of document.querySelectorAll('[data-copy] .code-block')) {
      if (!(block instanceof HTMLElement) || block.querySelector(':scope > .code-copy')) continue;
      const article = block.closest('[data-copy]');
      if (!(article instanceof HTMLElement)) continue;
      if (!live) {
        live = document.createElement('p');
        live.className = 'sr-only';
        live.setAttribute('aria-live', 'polite');
        document.body.append(live);
      }
      equip(block, article.dataset);
    }
  }

  equipAll();
  new MutationObserver(equipAll).observe(document.body, { childList: true, subtree: true });
})();
