/**
 * axe-core in Debian's Chromium, one page in one theme on one screen: the rules the e2e suite
 * and `npm run audit` share, so that both gates hold the blog to the same standard.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * A phone (Lighthouse's mobile screen), where code blocks and tables overflow and must scroll,
 * and a desktop window.
 */
export const VIEWPORTS = {
  phone: { width: 412, height: 823 },
  desktop: { width: 1280, height: 800 },
} as const;
export type Viewport = keyof typeof VIEWPORTS;

/** WCAG 2.1 A and AA, plus axe's best practices: one h1, headings in order, landmarks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

/**
 * The violations axe finds on `url` as a reader with that system theme and screen sees it: a
 * fresh browser context, so no stored choice, and the theme script follows `prefers-color-scheme`.
 */
export async function axeViolations(
  browser: Browser,
  url: string,
  theme: Theme,
  viewport: Viewport,
): Promise<AxeViolation[]> {
  const context = await browser.newContext({ colorScheme: theme, viewport: VIEWPORTS[viewport] });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const violations = results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
    // Two checks of this blog's own. The page must be in the theme asked for, or axe checked the
    // other theme's contrast (the theme script failed, or a hydration error re-rendered <html>).
    const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'));
    if (dark !== (theme === 'dark'))
      violations.push({
        rule: 'theme',
        impact: 'serious',
        help: `The page is not in the ${theme} theme once loaded`,
        targets: ['html'],
      });
    // axe checks that there is an h1, not that there is only one: the page's title is the one.
    const h1s = await page.locator('h1').count();
    if (h1s !== 1)
      violations.push({
        rule: 'one-h1',
        impact: 'moderate',
        help: `A page has one h1, its title; this one has ${h1s}`,
        targets: ['h1'],
      });
    return violations;
  } finally {
    await context.close();
  }
}

/** One line per violation, for an assertion message or a report. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.map(
    (v) =>
      `${v.rule} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(', ')}${v.targets.length > 3 ? ', …' : ''}`,
  );
}
