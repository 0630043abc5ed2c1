/**
 * Publishing without a build (`npm run content:publish`, README): on a blog built and served, a
 * new post and an edited one reach every page that shows them, and a post with an error changes
 * nothing on the server.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, makeSite, publishContent, startSite, type RunningSite } from '../support/site';

const SECRET = 'e2e-publish-secret-0123456789abcdef0123';
const post = (title: string, date: string, body: string) =>
  `---\ntitle: "${title}"\ndate: ${date}\ntags: ["publication"]\n---\n\n${body}\n`;

let dir: string;
let site: RunningSite;

beforeAll(async () => {
  dir = makeSite('publish-blog', {
    'content/posts/premier.md': post('Premier billet', '2024-01-10', 'Texte du premier.'),
    'content/posts/second.md': post('Second billet', '2024-02-10', 'Texte du second.'),
  });
  const built = await buildSite(dir, { REVALIDATE_SECRET: SECRET });
  expect(built.code, built.output.slice(-3000)).toBe(0);
  site = await startSite(dir, { REVALIDATE_SECRET: SECRET });
}, 240_000);

afterAll(async () => {
  await site?.stop();
});

const publish = () => publishContent(dir, site.url, { REVALIDATE_SECRET: SECRET });

const text = async (path: string) => {
  const res = await fetch(site.url + path);
  return { status: res.status, body: await res.text() };
};

describe('npm run content:publish', { timeout: 120_000 }, () => {
  it('brings a new post onto every page that lists it, and an edit onto its page, without a build', async () => {
    // Read once, so that the pages are cached before the post exists.
    for (const path of ['/', '/tags/publication', '/feed.xml', '/sitemap.xml'])
      expect((await text(path)).body).not.toContain('nouveau-billet');
    expect((await text('/posts/nouveau-billet')).status).toBe(404);

    writeFileSync(
      join(dir, 'content/posts/nouveau-billet.md'),
      post('Nouveau billet', '2024-03-10', 'Un texte zorglubneuf publié sans build.'),
    );
    writeFileSync(
      join(dir, 'content/posts/premier.md'),
      post('Premier billet', '2024-01-10', 'Texte du premier, corrigé.'),
    );
    const result = await publish();
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/Published in [\d.]+ s/);

    expect((await text('/posts/nouveau-billet')).body).toContain('zorglubneuf');
    for (const path of ['/', '/tags/publication', '/archives/2024', '/feed.xml', '/sitemap.xml'])
      expect((await text(path)).body, path).toContain('/posts/nouveau-billet');
    expect((await text('/api/search?q=zorglubneuf')).body).toContain('nouveau-billet');
    expect((await text('/posts/premier')).body).toContain('Texte du premier, corrigé.');
  });

  it('changes nothing on the server when a post has an error', async () => {
    writeFileSync(join(dir, 'content/posts/casse.md'), '---\ntitle: "Sans date"\n---\n\nTexte.\n');
    const result = await publish();
    expect(result.code).toBe(1);
    expect(result.output).toContain('content/posts/casse.md');
    expect(result.output).toContain('nothing was published');
    expect((await text('/')).status).toBe(200);
    expect((await text('/posts/nouveau-billet')).status).toBe(200);
  });
});
