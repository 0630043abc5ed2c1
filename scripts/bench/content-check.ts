/**
 * `npm run bench:content-check`: how long `npm run content:check` takes on generated blogs of
 * 1,000 and 10,000 posts (BENCH_CHECK_SIZES), without a build. Rewrites the **Content check**
 * section of docs/benchmarks.md.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkContent } from '../../lib/content/check';
import { writeSection } from './benchmarks-doc';
import { generateCorpus, toMdx } from './corpus';

const SIZES = (process.env.BENCH_CHECK_SIZES ?? '1000,10000').split(',').map(Number);
const rows: string[] = [];
for (const size of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), 'carnet-check-bench-'));
  try {
    for (const post of generateCorpus(size)) {
      const file = join(dir, 'content/posts', post.file);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, toMdx(post));
    }
    const start = performance.now();
    const problems = checkContent(dir);
    const seconds = (performance.now() - start) / 1000;
    console.log(
      `[bench:content-check] ${size} posts: ${seconds.toFixed(1)} s, ${problems.length} problems`,
    );
    rows.push(
      `| ${size.toLocaleString('en-US')} | ${seconds.toFixed(1)} s | ${((seconds * 1000) / size).toFixed(1)} ms | ${problems.length} |`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
writeSection(
  'content-check',
  `## Content check (\`npm run bench:content-check\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)

\`npm run content:check\` on generated blogs (MDX posts with code blocks, links and headings), in one process, without a build. Most of the time goes to parsing the MDX.

| posts | time | per post | problems |
| ---: | ---: | ---: | ---: |
${rows.join('\n')}
`,
);
