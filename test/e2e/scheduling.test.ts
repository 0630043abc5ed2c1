/**
 * A post scheduled a few seconds ahead, on a blog of its own (`next build && next start`): absent
 * everywhere until its date; then, after POST /api/revalidate, on the home page, in the feed, the
 * sitemap and search, without a rebuild. A post expiring at that instant (Hugo's `expiryDate`)
 * goes the other way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVALIDATE_SECRET } from '../fixtures/site-content';
import { buildSite, makeSite, startSite, type RunningSite } from '../support/site';

const SCHEDULED = { marker: 'quasarimminent', slug: 'bientot-en-ligne' };
const EXPIRING = { marker: 'quasarperime', slug: 'bientot-retire' };

/** Seconds between the start of the build and the post's date: the build must fit in it. */
const FIRST_MARGIN_S = 55;

function content(date: Date): Record<string, string> {
  const post = (title: string, when: string, text: string, extra = '') =>
    `---\ntitle: "${title}"\ndate: ${when}\ntags: ["veille"]\n${extra}---\n\n${text}\n`;
  return {
    'content/posts/deja-publie.mdx': post(
      'Déjà publié',
      '2024-01-10T10:00:00+01:00',
      'Un article publié depuis longtemps.',
    ),
    [`content/posts/${SCHEDULED.slug}.mdx`]: post(
      `Bientôt en ligne ${SCHEDULED.marker}`,
      date.toISOString(),
      `Le texte de l’article ${SCHEDULED.marker}.`,
    ),
    [`content/posts/${EXPIRING.slug}.md`]: post(
      `Bientôt retiré ${EXPIRING.marker}`,
      '2024-01-11T10:00:00+01:00',
      `Le texte de l’article ${EXPIRING.marker}.`,
      `expiryDate: ${date.toISOString()}\n`,
    ),
  };
}

let site: RunningSite | undefined;
let publishAt: Date;

beforeAll(async () => {
  // The post's date is written before the build; should the build outlast the margin, the
  // date would pass unseen, so the blog is built again with twice the margin.
  for (let margin = FIRST_MARGIN_S; ; margin *= 2) {
    publishAt = new Date(Math.ceil((Date.now() + margin * 1000) / 1000) * 1000);
    const dir = makeSite('scheduling-blog', content(publishAt));
    const env = { SITE_URL: 'https://carnet.example', REVALIDATE_SECRET };
    const build = await buildSite(dir, env);
    if (build.code !== 0) throw new Error(`The scheduling blog did not build:\n${build.output}`);
    site = await startSite(dir, env);
    if (publishAt.getTime() - Date.now() > 5_000 || margin > 600) return;
    await site.stop();
  }
});

afterAll(async () => {
  await site?.stop();
});

async function visibleIn({ marker, slug }: typeof SCHEDULED): Promise<Record<string, boolean>> {
  const base = site?.url ?? '';
  const text = async (path: string) => (await fetch(base + path)).text();
  return {
    home: (await text('/')).includes(marker),
    feed: (await text('/feed.xml')).includes(marker),
    sitemap: (await text('/sitemap.xml')).includes(`/posts/${slug}<`),
    search: (
      (await (await fetch(`${base}/api/search?q=${marker}`)).json()) as {
        results: { slug: string }[];
      }
    ).results.some((r) => r.slug === slug),
    page: (await fetch(`${base}/posts/${slug}`)).status === 200,
  };
}

const everywhere = { home: true, feed: true, sitemap: true, search: true, page: true };
const nowhere = { home: false, feed: false, sitemap: false, search: false, page: false };

describe('a post scheduled a few seconds ahead, and one expiring then', () => {
  it(
    'is nowhere before its date, and everywhere after it and a call to /api/revalidate',
    { timeout: 300_000 },
    async () => {
      expect(Date.now()).toBeLessThan(publishAt.getTime());
      expect(await visibleIn(SCHEDULED)).toEqual(nowhere);
      expect(await visibleIn(EXPIRING)).toEqual(everywhere);

      await new Promise((resolve) => setTimeout(resolve, publishAt.getTime() - Date.now() + 1_000));
      const res = await fetch(`${site?.url}/api/revalidate`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${REVALIDATE_SECRET}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ all: true }),
      });
      expect(res.status).toBe(200);
      expect(await visibleIn(SCHEDULED)).toEqual(everywhere);
      expect(await visibleIn(EXPIRING)).toEqual(nowhere);
    },
  );
});
