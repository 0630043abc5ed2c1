/** docs/quality.md and the summary printed at the end of `npm run audit`. */
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { THEMES, VIEWPORTS, describeViolations, type Viewport } from '../../test/support/axe';
import type { AxeResult } from './axe';
import {
  CATEGORIES,
  CONTROL_MARGIN,
  THRESHOLDS,
  lighthousePassed,
  requiredPerformance,
  requiredScore,
  type LighthouseResult,
} from './lighthouse';
import type { AuditPage } from './pages';
import type { VnuResult } from './vnu';

export interface AuditResults {
  axe: AxeResult[];
  vnu: VnuResult[];
  lighthouse: LighthouseResult[];
  /** The empty Next.js page, measured in the same Lighthouse runs. */
  control: LighthouseResult;
  /** Seconds the whole audit took, build included. */
  seconds: number;
  reusedBuild: boolean;
}

const require = createRequire(import.meta.url);
const versionOf = (pkg: string): string => {
  const manifest: unknown = require(`${pkg}/package.json`);
  return typeof manifest === 'object' &&
    manifest !== null &&
    'version' in manifest &&
    typeof manifest.version === 'string'
    ? manifest.version
    : '?';
};

const VIEWS = THEMES.flatMap((theme) =>
  (Object.keys(VIEWPORTS) as Viewport[]).map((viewport) => ({ theme, viewport })),
);
const CATEGORY_NAMES: Record<(typeof CATEGORIES)[number], string> = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
  seo: 'SEO',
};

const where = (page: AuditPage) => `${page.name} (\`${page.path}\`)`;

/** One line per failure; empty when every gate passed. */
export function failures(results: AuditResults): string[] {
  const lines: string[] = [];
  for (const r of results.axe) {
    for (const v of describeViolations(r.violations))
      lines.push(`axe: ${r.page.path}, ${r.theme} theme, ${r.viewport}: ${v}`);
  }
  for (const r of results.vnu) {
    for (const e of r.errors)
      lines.push(`HTML: ${r.page.path}${e.line ? `, line ${e.line}` : ''}: ${e.message}`);
  }
  for (const r of results.lighthouse) {
    for (const category of CATEGORIES) {
      const required = requiredScore(category, results.control);
      if (r.scores[category] < required) {
        const causes = r.shortfalls
          .filter((s) => s.category === category)
          .map((s) => `${s.audit}${s.value ? ` (${s.value})` : ''}`);
        lines.push(
          `Lighthouse: ${r.page.path}: ${CATEGORY_NAMES[category]} ${r.scores[category]} < ${required}${causes.length ? `; below full marks: ${causes.join(', ')}` : ''}`,
        );
      }
    }
  }
  return lines;
}

/** Pages, the control included, whose performance is below the threshold itself (passing or not). */
export function belowPerformanceThreshold(results: AuditResults): string[] {
  return [results.control, ...results.lighthouse]
    .filter((r) => r.scores.performance < THRESHOLDS.performance)
    .map(
      (r) =>
        `${r.page.name} (${r.page.path}): performance ${r.scores.performance} < ${THRESHOLDS.performance} (runs ${r.performanceRuns.join(', ')})`,
    );
}

function axeSection(results: AxeResult[]): string {
  const pages = [...new Set(results.map((r) => r.page))];
  const header = `| page | ${VIEWS.map((v) => `${v.theme}, ${v.viewport}`).join(' | ')} |`;
  const rows = pages.map((page) => {
    const cells = VIEWS.map((v) =>
      String(
        results.find((r) => r.page === page && r.theme === v.theme && r.viewport === v.viewport)
          ?.violations.length ?? '–',
      ),
    );
    return `| ${where(page)} | ${cells.join(' | ')} |`;
  });
  const details = results.flatMap((r) =>
    describeViolations(r.violations).map(
      (v) => `- ${r.page.path}, ${r.theme}, ${r.viewport}: ${v}`,
    ),
  );
  return [
    `## Accessibility: axe-core ${versionOf('axe-core')}`,
    '',
    'Violations of WCAG 2.1 A and AA and of axe’s best practices (plus: one `h1` per page), in Chromium, in the light and the dark theme, on a phone (412 × 823) and a desktop (1280 × 800) screen.',
    '',
    header,
    `| --- | ${VIEWS.map(() => '---:').join(' | ')} |`,
    ...rows,
    ...(details.length ? ['', ...details] : []),
  ].join('\n');
}

function vnuSection(results: VnuResult[]): string {
  const details = results.flatMap((r) =>
    r.errors.map(
      (e) =>
        `- ${r.page.path}${e.line ? `, line ${e.line}` : ''}: ${e.message}${e.extract ? ` — \`${e.extract.replace(/\s+/g, ' ').trim()}\`` : ''}`,
    ),
  );
  return [
    `## HTML: Nu HTML Checker ${versionOf('vnu-jar')}`,
    '',
    'Errors in the HTML as `next start` serves it (warnings and notes are not counted).',
    '',
    '| page | errors |',
    '| --- | ---: |',
    ...results.map((r) => `| ${where(r.page)} | ${r.errors.length} |`),
    ...(details.length ? ['', ...details] : []),
  ].join('\n');
}

function lighthouseSection(results: LighthouseResult[], control: LighthouseResult): string {
  const runs = results[0]?.performanceRuns.length ?? 0;
  const thresholds = CATEGORIES.map((c) => `${CATEGORY_NAMES[c]} ≥ ${THRESHOLDS[c]}`).join(', ');
  const details = [control, ...results].flatMap((r) =>
    r.shortfalls.map(
      (s) =>
        `- ${r.page.name}: ${CATEGORY_NAMES[s.category]}: ${s.title}${s.value ? ` (${s.value})` : ''}`,
    ),
  );
  const row = (r: LighthouseResult, passed: string) =>
    `| ${where(r.page)} | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} | ${r.performanceRuns.join(', ')} | ${r.benchmarkIndex} | ${passed} |`;
  return [
    `## Lighthouse ${versionOf('lighthouse')}`,
    '',
    `Default (mobile) settings, in Debian’s Chromium; the median of ${runs} run${runs > 1 ? 's' : ''} by performance, the pages taking turns. Thresholds: ${thresholds}.`,
    '',
    'Performance is a phone simulated from timings taken on this machine: the busier the machine (the lower Lighthouse’s CPU benchmark index), the lower the score. To tell the framework’s share from ours, the same runs measure an empty Next.js App Router page built by the same Next.js (`scripts/bench/empty-app`, the control). ' +
      `A page’s performance passes at ${THRESHOLDS.performance}, or at most ${CONTROL_MARGIN} points below the control: ${requiredPerformance(control)} in this run.`,
    '',
    `| page | ${CATEGORIES.map((c) => CATEGORY_NAMES[c]).join(' | ')} | performance, every run | CPU benchmark index | passed |`,
    `| --- | ${CATEGORIES.map(() => '---:').join(' | ')} | --- | ---: | --- |`,
    row(control, 'control'),
    ...results.map((r) => row(r, lighthousePassed(r, control) ? 'yes' : '**no**')),
    ...(details.length
      ? ['', 'Scored audits below full marks in the median run:', '', ...details]
      : []),
  ].join('\n');
}

function summary(results: AuditResults): string {
  const violations = results.axe.reduce((n, r) => n + r.violations.length, 0);
  const errors = results.vnu.reduce((n, r) => n + r.errors.length, 0);
  const below = results.lighthouse.filter((r) => !lighthousePassed(r, results.control)).length;
  const pages = (n: number) => `${n} page${n > 1 ? 's' : ''}`;
  const verdict = (ok: boolean, text: string) => (ok ? `passed: ${text}` : `**failed**: ${text}`);
  const runs = results.lighthouse[0]?.performanceRuns.length ?? 0;
  return [
    '| gate | checked | result |',
    '| --- | --- | --- |',
    `| axe-core | ${pages(new Set(results.axe.map((r) => r.page)).size)} × 2 themes × 2 screens | ${verdict(violations === 0, `${violations} violation${violations === 1 ? '' : 's'}`)} |`,
    `| Nu HTML Checker | ${pages(results.vnu.length)} | ${verdict(errors === 0, `${errors} error${errors === 1 ? '' : 's'}`)} |`,
    `| Lighthouse | ${pages(results.lighthouse.length)}, median of ${runs} run${runs > 1 ? 's' : ''} | ${verdict(below === 0, below === 0 ? `every score at or above what it needs (performance: ${requiredPerformance(results.control)}, ${CONTROL_MARGIN} under the empty control page)` : `${pages(below)} below what a score needs`)} |`,
  ].join('\n');
}

export function renderReport(results: AuditResults): string {
  const cpu = cpus();
  return `# Quality gates

Written by \`npm run audit\` (\`scripts/audit/\`): the blog built on its sample content (\`content/\`${results.reusedBuild ? '; an existing build, reused' : ''}), served by \`next start\`, then checked by three gates. CI runs it after the tests and fails when a gate fails.

Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpu[0]?.model ?? 'an unknown CPU'} (${cpu.length} cores), Node ${process.version}, in ${Math.round(results.seconds)} s.

${summary(results)}

${axeSection(results.axe)}

${vnuSection(results.vnu)}

${lighthouseSection(results.lighthouse, results.control)}
`;
}
