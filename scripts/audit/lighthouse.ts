/**
 * Gate 3: Lighthouse 12 with its default (mobile) settings in Debian's Chromium. Performance is
 * measured on a simulated phone from timings taken on this machine, so a busy machine scores
 * lower: each page is run several times and the median run counts, as Lighthouse advises, beside
 * an empty Next.js page (the control) that shows what the framework alone scores in those runs.
 */
import lighthouse from 'lighthouse';
import { launchChromium } from './chromium';
import type { AuditPage } from './pages';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Lowest passing score, out of 100. */
export const THRESHOLDS: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

/**
 * Performance is a phone simulated from timings taken on this machine, where even the empty
 * Next.js page (the control, measured in the same runs) scores about 90 to 97 from one run to the
 * next: the framework's own JavaScript costs more than the threshold allows. So a page passes at
 * the threshold, or no more than this many points below the control: what lies beyond is ours.
 */
export const CONTROL_MARGIN = 12;

/** The performance score a page needs, given the control's in the same runs. */
export function requiredPerformance(control: LighthouseResult): number {
  return Math.min(THRESHOLDS.performance, control.scores.performance - CONTROL_MARGIN);
}

const RUNS = Number(process.env.AUDIT_LIGHTHOUSE_RUNS ?? 5);

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
  /** The median run's Cumulative Layout Shift and Largest Contentful Paint (ms, simulated). */
  metrics: { cls: number; lcp: number };
}

type Run = Omit<LighthouseResult, 'page' | 'performanceRuns'>;

async function runOnce(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError)
    throw new Error(
      `Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
    );
  const scores = {} as Record<Category, number>;
  const shortfalls: Shortfall[] = [];
  for (const category of CATEGORIES) {
    const found = lhr.categories[category];
    if (!found || found.score === null)
      throw new Error(`Lighthouse gave no ${category} score for ${url}`);
    scores[category] = Math.round(found.score * 100);
    for (const ref of found.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        shortfalls.push({
          category,
          audit: audit.id,
          title: audit.title,
          value: audit.displayValue,
        });
      }
    }
  }
  return {
    scores,
    shortfalls,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    metrics: {
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    },
  };
}

export interface LighthouseTarget {
  page: AuditPage;
  /** Base URL of the server that serves `page.path`. */
  baseUrl: string;
}

/**
 * Every target `RUNS` times, taking turns (A B C, A B C, …) rather than one after the other, so that
 * a slow minute on this machine weighs on every target alike; each target's median run counts.
 */
export async function runLighthouse(
  targets: readonly LighthouseTarget[],
): Promise<LighthouseResult[]> {
  const chromium = await launchChromium();
  try {
    const runs: Run[][] = targets.map(() => []);
    for (let i = 0; i < RUNS; i++) {
      for (const [t, target] of targets.entries())
        runs[t]?.push(await runOnce(target.baseUrl + target.page.path, chromium.port));
    }
    return targets.map((target, t) => {
      const own = runs[t] ?? [];
      const sorted = [...own].sort((a, b) => a.scores.performance - b.scores.performance);
      const median = sorted[Math.floor((sorted.length - 1) / 2)];
      if (!median) throw new Error('AUDIT_LIGHTHOUSE_RUNS must be at least 1');
      return {
        ...median,
        page: target.page,
        performanceRuns: own.map((r) => r.scores.performance),
      };
    });
  } finally {
    chromium.kill();
  }
}

/** The score a category needs on a page: its threshold, or for performance what the control allows. */
export function requiredScore(category: Category, control: LighthouseResult): number {
  return category === 'performance' ? requiredPerformance(control) : THRESHOLDS[category];
}

export function lighthousePassed(result: LighthouseResult, control: LighthouseResult): boolean {
  return CATEGORIES.every(
    (category) => result.scores[category] >= requiredScore(category, control),
  );
}
