/** Gate 1: axe-core finds no violation on any audited page, in either theme, on a phone or a desktop. */
import { launchBrowser } from '../../test/support/browser';
import {
  THEMES,
  VIEWPORTS,
  axeViolations,
  type AxeViolation,
  type Theme,
  type Viewport,
} from '../../test/support/axe';
import type { AuditPage } from './pages';

export interface AxeResult {
  page: AuditPage;
  theme: Theme;
  viewport: Viewport;
  violations: AxeViolation[];
}

/** axe spends its time in the page's renderer: two pages at once keep both cores busy. */
const PARALLEL = 2;

export async function runAxe(baseUrl: string, pages: readonly AuditPage[]): Promise<AxeResult[]> {
  const cases = pages.flatMap((page) =>
    THEMES.flatMap((theme) =>
      (Object.keys(VIEWPORTS) as Viewport[]).map((viewport) => ({ page, theme, viewport })),
    ),
  );
  const results: AxeResult[] = [];
  const browser = await launchBrowser();
  try {
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < cases.length; i = next++) {
        const c = cases[i];
        if (c)
          results[i] = {
            ...c,
            violations: await axeViolations(browser, baseUrl + c.page.path, c.theme, c.viewport),
          };
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    return results;
  } finally {
    await browser.close();
  }
}
