/**
 * The pages the audit checks on the sample content (`content/`): one of each kind a reader
 * meets. If a sample post is renamed, update its slug here.
 */
export interface AuditPage {
  /** Shown in the report. */
  name: string;
  path: string;
  /** The server's expected answer: the 404 page is audited too. */
  status: number;
}

export const AUDIT_PAGES: AuditPage[] = [
  { name: 'home', path: '/', status: 200 },
  { name: 'page 2', path: '/page/2', status: 200 },
  {
    name: 'post with code, math and a table',
    path: '/posts/timescaledb-agregats-continus-retention',
    status: 200,
  },
  { name: 'long post with code', path: '/posts/systemd-timer-remplacer-cron', status: 200 },
  { name: 'Markdown round-up with a diff', path: '/posts/web-ops-data-mars-2022', status: 200 },
  { name: 'post with a cover image', path: '/posts/timescaledb-ou-influxdb', status: 200 },
  { name: 'post with a figure', path: '/posts/bilan-2019-et-perspectives-2020', status: 200 },
  { name: 'tags', path: '/tags', status: 200 },
  { name: 'tag', path: '/tags/time-series', status: 200 },
  { name: 'series', path: '/series', status: 200 },
  { name: 'a series', path: '/series/web-ops-data', status: 200 },
  { name: 'post in a series', path: '/posts/web-ops-data-septembre-2019', status: 200 },
  { name: 'archives', path: '/archives', status: 200 },
  { name: 'archives of a year', path: '/archives/2019', status: 200 },
  { name: 'search', path: '/search?q=timescaledb', status: 200 },
  { name: '404', path: '/page-introuvable', status: 404 },
];

/** Lighthouse takes about half a minute a page: the home page and a long post with code. */
export const LIGHTHOUSE_PAGES: AuditPage[] = AUDIT_PAGES.filter(
  (page) => page.name === 'home' || page.name === 'long post with code',
);

/** The empty Next.js page of the benchmarks (scripts/bench/control.ts), measured by Lighthouse beside ours. */
export const CONTROL_PAGE: AuditPage = {
  name: 'empty Next.js page (control)',
  path: '/',
  status: 200,
};
