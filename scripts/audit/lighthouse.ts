/**
 * Gate 3: Lighthouse 12 with its default (mobile) settings in Debian's Chromium. Performance is
 * measured on a simulated phone from timings taken on this machine, so a busy machine scores
 * lower: each page is run several times and the median run counts, as Lighthouse advises.
 */
import lighthouse from 'lighthouse';
import { launchChromium } from './chromium';
import type { AuditPage } from './pages';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Lowest passing score, out of 100. */
export const THRESHOLDS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

const RUNS = Number(process.env.AUDIT_LIGHTHOUSE_RUNS ?? 3);

export interface Shortfall {
  category: Category;
  audit: string;
  title: string;
  value?: string;
}

export interface LighthouseResult {
  page: AuditPage;
  /** Scores out of 100, from the median run. */
  scores: Record<Category, number>;
  /** Every run's performance score, to show the spread. */
  performanceRuns: number[];
  /** The median run's scored audits below full marks: what to look at first. */
  shortfalls: Shortfall[];
  /** Lighthouse's measure of this machine's speed in the median run: lower when it is busy. */
  benchmarkIndex: number;
}

type Run = Omit<LighthouseResult, 'page' | 'performanceRuns'>;

async function runOnce(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = {} as Record<Category, number>;
  const shortfalls: Shortfall[] = [];
  for (const category of CATEGORIES) {
    const found = lhr.categories[category];
    if (!found || found.score === null) throw new Error(`Lighthouse gave no ${category} score for ${url}`);
    scores[category] = Math.round(found.score * 100);
    for (const ref of found.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        shortfalls.push({ category, audit: audit.id, title: audit.title, value: audit.displayValue });
      }
    }
  }
  return { scores, shortfalls, benchmarkIndex: Math.round(lhr.environment.benchmarkIndex) };
}

export async function runLighthouse(baseUrl: string, pages: readonly AuditPage[]): Promise<LighthouseResult[]> {
  const chromium = await launchChromium();
  try {
    const results: LighthouseResult[] = [];
    for (const page of pages) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runOnce(baseUrl + page.path, chromium.port));
      const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
      const median = sorted[Math.floor((sorted.length - 1) / 2)];
      if (!median) throw new Error('AUDIT_LIGHTHOUSE_RUNS must be at least 1');
      results.push({ ...median, page, performanceRuns: runs.map((r) => r.scores.performance) });
    }
    return results;
  } finally {
    chromium.kill();
  }
}

export function lighthousePassed(result: LighthouseResult): boolean {
  return CATEGORIES.every((category) => result.scores[category] >= THRESHOLDS[category]);
}
