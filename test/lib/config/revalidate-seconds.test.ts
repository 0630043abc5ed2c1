/**
 * Next.js only reads `export const revalidate = <literal>` from route files, so the period of the
 * site config is repeated there; this keeps every copy equal to `site.revalidateSeconds`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { site } from '@/lib/config/site';

const ROUTES = [
  'app/(site)/layout.tsx',
  'app/(other-languages)/translated/[lang]/layout.tsx',
  'app/feed.xml/route.ts',
  'app/atom.xml/route.ts',
  'app/feed.json/route.ts',
  'app/(site)/tags/[tag]/feed.xml/route.ts',
  'app/(site)/series/[series]/feed.xml/route.ts',
  'app/sitemap.ts',
];

describe('regeneration period', () => {
  it.each(ROUTES)('%s regenerates every site.revalidateSeconds', (file) => {
    const match = /^export const revalidate = (\d+);$/m.exec(readFileSync(file, 'utf8'));
    expect(match, `${file} exports no literal revalidate`).not.toBeNull();
    expect(Number(match?.[1])).toBe(site.revalidateSeconds);
  });
});
