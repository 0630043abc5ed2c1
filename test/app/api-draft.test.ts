/**
 * Draft Mode is off by default: without PREVIEW_SECRET, /api/draft does not exist, whatever is
 * sent. (The statuses with the secret set, the cookie and the preview itself need a running
 * server: see test/e2e/draft-mode.test.ts.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('GET /api/draft without PREVIEW_SECRET', () => {
  it('answers 404 with a JSON error, even with a secret and a real slug', async () => {
    vi.resetModules();
    vi.stubEnv('PREVIEW_SECRET', '');
    const { GET } = await import('@/app/api/draft/route');
    for (const query of [
      '',
      '?secret=anything-at-all-0123456789abcdef01&slug=systemd-timer-remplacer-cron',
      '?slug=x',
    ]) {
      const res = await GET(new Request(`http://localhost/api/draft${query}`));
      expect(res.status).toBe(404);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(await res.json()).toEqual({ error: expect.any(String) });
    }
  });

  it('refuses to start with a PREVIEW_SECRET too short to be safe', async () => {
    vi.resetModules();
    vi.stubEnv('PREVIEW_SECRET', 'short');
    await expect(import('@/app/api/draft/route')).rejects.toThrow(
      /PREVIEW_SECRET is set but has only 5 characters/,
    );
  });
});
