/**
 * What a post page downloads for its code blocks and its math: three sample posts in Chromium
 * (one with code, one with code and math, one with neither, the control), every script,
 * stylesheet and font it fetches, in gzip bytes. Usage: npm run build && npm run bench:post-features
 */
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { launchBrowser } from '../../test/support/browser';
import { repoRoot, startSite } from '../../test/support/site';
import { writeSection } from './benchmarks-doc';
import { gzipBytes } from './page-weight';

const PAGES = [
  { label: 'neither code nor math (control)', path: '/posts/bilan-2019-et-perspectives-2020' },
  { label: 'code blocks', path: '/posts/systemd-timer-remplacer-cron' },
  { label: 'code blocks and math', path: '/posts/timescaledb-agregats-continus-retention' },
];
const KINDS = ['script', 'stylesheet', 'font'] as const;
type Kind = (typeof KINDS)[number];

interface Fetched {
  count: number;
  gzip: number;
  urls: string[];
}
type Weight = Record<Kind, Fetched>;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const emptyWeight = (): Weight => ({
  script: { count: 0, gzip: 0, urls: [] },
  stylesheet: { count: 0, gzip: 0, urls: [] },
  font: { count: 0, gzip: 0, urls: [] },
});

async function main() {
  if (!existsSync(`${repoRoot}/.next/BUILD_ID`))
    throw new Error('No build: run `npm run build` first.');
  const site = await startSite(repoRoot);
  const browser = await launchBrowser();
  try {
    const weights: Weight[] = [];
    for (const { path } of PAGES) {
      const page = await browser.newPage();
      const pending: Array<Promise<void>> = [];
      const weight = emptyWeight();
      page.on('response', (response) => {
        const kind = response.request().resourceType();
        const entry =
          kind === 'script' || kind === 'stylesheet' || kind === 'font' ? weight[kind] : undefined;
        if (!entry) return;
        pending.push(
          response.body().then((body) => {
            entry.count += 1;
            entry.gzip += gzipBytes(body);
            entry.urls.push(new URL(response.url()).pathname);
          }),
        );
      });
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      await Promise.all(pending);
      await page.close();
      weights.push(weight);
    }
    const control = weights[0];
    const rows = PAGES.map(({ label, path }, i) => {
      const w = weights[i];
      if (!w || !control) return '';
      const cells = KINDS.map((kind) => {
        const added = w[kind].gzip - control[kind].gzip;
        return `${w[kind].count} · ${kb(w[kind].gzip)}${i === 0 ? '' : ` (${added >= 0 ? '+' : ''}${kb(added)})`}`;
      });
      return `| ${label} (\`${path}\`) | ${cells.join(' | ')} |`;
    });
    const added = weights.slice(1).map((w, i) =>
      KINDS.map((kind) => {
        const extra = w[kind].urls.filter((url) => !control?.[kind].urls.includes(url));
        return extra.length ? `${PAGES[i + 1]?.label}, ${kind}: ${extra.join(', ')}` : '';
      })
        .filter(Boolean)
        .join('; '),
    );
    const table = [
      '| post page | scripts | stylesheets | fonts |',
      '| --- | ---: | ---: | ---: |',
      ...rows,
    ].join('\n');
    console.log(table);
    writeSection(
      'post-features',
      `## Code blocks and math: what a post page downloads (\`npm run bench:post-features\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)

- Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; \`next start\` on the sample content, pages loaded in Chromium until the network is idle
- Each cell: files fetched · their bytes at gzip level 9, and in brackets what the page adds to the control (a post with neither)
- What the others add: ${added.filter(Boolean).join('; ') || 'nothing'}

${table}`,
    );
  } finally {
    await browser.close();
    await site.stop();
  }
}

await main();
