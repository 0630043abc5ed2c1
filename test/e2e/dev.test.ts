/**
 * The author's loop under `npm run dev`: a saved edit shows on reload, a new post appears in the
 * listing and in search, and a broken post shows its error (file and line) in the terminal and in
 * the page while the rest of the site works.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { png } from '../support/png';
import { makeSite, startDev, type RunningSite } from '../support/site';

const post = (title: string, body: string) =>
  `---\ntitle: "${title}"\ndate: 2024-05-02T10:00:00+02:00\ntags: ["notes"]\n---\n\n${body}\n`;

const POST_FILE = 'content/posts/carnet-de-notes.mdx';
const ORIGINAL = post(
  'Carnet de notes',
  'Première version du texte.\n\n<Callout type="tip">\n\nUne astuce.\n\n</Callout>',
);

let dir: string;
let dev: RunningSite;

beforeAll(async () => {
  dir = makeSite('dev-blog', {
    [POST_FILE]: ORIGINAL,
    'content/posts/autre-article.md': post(
      'Autre article',
      'Un article en Markdown, où $x^2$ est une formule.\n\n```ini title="/etc/app.conf" {2}\n[app]\nport=8080\n```',
    ),
    'content/posts/brouillon.mdx': `${post('Brouillon en cours', 'Pas fini.')}`.replace(
      'tags:',
      'draft: true\ntags:',
    ),
  });
  dev = await startDev(dir);
});

afterAll(async () => {
  await dev?.stop();
});

const write = (path: string, text: string) => writeFileSync(join(dir, path), text);

async function page(path: string): Promise<{ status: number; html: string }> {
  const res = await fetch(dev.url + path);
  return { status: res.status, html: await res.text() };
}

/** Polls until `check` holds (a watcher may take a moment), and returns the last page. */
async function eventually(
  path: string,
  check: (p: { status: number; html: string }) => boolean,
  seconds = 20,
) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const last = await page(path);
    if (check(last) || Date.now() > deadline) return last;
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('npm run dev', { timeout: 180_000 }, () => {
  it('serves the posts, and lists the draft with its badge', async () => {
    expect((await page('/posts/carnet-de-notes')).html).toContain('Première version du texte.');
    const home = await page('/');
    expect(home.html).toContain('Brouillon en cours');
    expect(home.html).toContain('data-status="draft"');
  });

  it('renders code titles, highlighted lines, math and the copy button as the build does', async () => {
    const { html } = await page('/posts/autre-article');
    expect(html).toContain(
      '<figure class="code-block"><figcaption class="code-title">/etc/app.conf</figcaption>',
    );
    expect(html).toContain('<span class="line highlighted">');
    expect(html).toContain('<annotation encoding="application/x-tex">x^2</annotation>');
    const script = /<script[^>]*src="(\/code-copy\/[0-9a-f]{16}\.js)"/.exec(html)?.[1];
    const styles = /<link[^>]*href="(\/katex\/[\d.]+\/katex\.min\.css)"/.exec(html)?.[1];
    for (const path of [script, styles]) {
      expect(path).toBeDefined();
      expect((await fetch(dev.url + (path ?? ''))).status).toBe(200);
    }
  });

  it('shows a saved edit on reload', async () => {
    write(POST_FILE, ORIGINAL.replace('Première version', 'Deuxième version'));
    const after = await eventually(
      '/posts/carnet-de-notes',
      (p) => p.html.includes('Deuxième version du texte.'),
      5,
    );
    expect(after.html).toContain('Deuxième version du texte.');
  });

  it('shows a broken post’s error with its file and line in the page and in the terminal; the rest of the site works', async () => {
    write(POST_FILE, `${ORIGINAL}\nUn composant <Callout type="tip"> jamais fermé.\n`);
    const broken = await eventually('/posts/carnet-de-notes', (p) =>
      p.html.includes('data-preview-error'),
    );
    expect(broken.status).toBe(200);
    expect(broken.html).toContain('data-preview-error');
    expect(broken.html).toContain(POST_FILE);
    // The line as numbered in the file (front matter included), in the message and the code frame.
    expect(broken.html).toMatch(/\(15:14-15:34\)/);
    expect(broken.html).toMatch(/&gt; 15 \| Un composant/);

    const home = await page('/');
    expect(home.status).toBe(200);
    expect(home.html).toContain('Autre article');
    expect((await page('/posts/autre-article')).status).toBe(200);

    const deadline = Date.now() + 20_000;
    while (!/carnet-de-notes\.mdx[\s\S]*15:1/.test(dev.logs()) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 500));
    expect(dev.logs()).toMatch(
      /posts\/carnet-de-notes\.mdx[\s\S]*15:1-15:48: Expected a closing tag for `<Callout>`/,
    );

    write(POST_FILE, ORIGINAL);
    const fixed = await eventually(
      '/posts/carnet-de-notes',
      (p) => !p.html.includes('data-preview-error'),
    );
    expect(fixed.html).not.toContain('data-preview-error');
    expect(fixed.html).toContain('Première version du texte.');
  });

  it('shows the error of a new post that has never compiled, instead of a bare 404', async () => {
    write('content/posts/tout-neuf.mdx', post('Tout neuf', 'Un <Callout> sans fin'));
    const fresh = await eventually('/posts/tout-neuf', (p) =>
      p.html.includes('data-preview-error'),
    );
    expect(fresh.status).toBe(200);
    expect(fresh.html).toContain('content/posts/tout-neuf.mdx');
    expect((await page('/posts/nexiste-nulle-part')).status).toBe(404);
  });

  it('shows a new or changed image on reload, and a missing one as the page’s error', async () => {
    const bundle = 'content/posts/photos';
    mkdirSync(join(dir, bundle), { recursive: true });
    writeFileSync(join(dir, bundle, 'photo.png'), png(320, 200, [200, 30, 30]));
    write(`${bundle}/index.md`, post('Photos', '![Une photo](./photo.png)'));
    const imageOf = async () => {
      const shown = await eventually('/posts/photos', (p) => p.html.includes('/media/'));
      const src = /<img [^>]*src="(\/media\/[^"]+)"/.exec(shown.html)?.[1];
      expect(src).toBeDefined();
      const res = await fetch(dev.url + src!);
      expect(res.status).toBe(200);
      return { src: src!, bytes: Buffer.from(await res.arrayBuffer()) };
    };
    const first = await imageOf();
    expect(first.bytes.equals(png(320, 200, [200, 30, 30]))).toBe(true);

    writeFileSync(join(dir, bundle, 'photo.png'), png(320, 200, [30, 30, 200]));
    const second = await imageOf();
    expect(second.src).not.toBe(first.src);
    expect(second.bytes.equals(png(320, 200, [30, 30, 200]))).toBe(true);

    write(`${bundle}/index.md`, post('Photos', 'Texte.\n\n![Perdue](./perdue.png)'));
    const broken = await eventually('/posts/photos', (p) => p.html.includes('data-preview-error'));
    expect(broken.html).toContain(
      'content/posts/photos/index.md:9: image &quot;./perdue.png&quot;: no such file',
    );
  });

  it('lists a saved new post and finds it in search, without a restart', async () => {
    // The search index exists before the post is written: it must take the new content.
    expect((await fetch(`${dev.url}/api/search?q=dirigeable`)).status).toBe(200);
    write(
      'content/posts/zeppelin.md',
      post('Voyage en zeppelin', 'Un dirigeable au-dessus des Vosges.'),
    );
    const home = await eventually('/', (p) => p.html.includes('Voyage en zeppelin'));
    expect(home.html).toContain('Voyage en zeppelin');
    const res = await fetch(`${dev.url}/api/search?q=dirigeable`);
    expect(res.status).toBe(200);
    const body: { results: { slug: string }[] } = await res.json();
    expect(body.results.map((hit) => hit.slug)).toContain('zeppelin');
  });
});
