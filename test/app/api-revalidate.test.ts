/**
 * The refusals of POST /api/revalidate, called as Next.js would call the handler. (What it
 * regenerates needs a running server: see test/e2e/revalidate.test.ts.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const SECRET = 'test-revalidate-secret-0123456789abcdef';

async function handlers(secret?: string) {
  vi.resetModules();
  vi.stubEnv('REVALIDATE_SECRET', secret ?? '');
  return import('@/app/api/revalidate/route');
}

const post = (init: { token?: string; body?: string } = {}) =>
  new Request('http://localhost/api/revalidate', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body ?? '{"all":true}',
  });

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('POST /api/revalidate', () => {
  it('does not exist while REVALIDATE_SECRET is unset, whatever the token', async () => {
    const { POST, GET } = await handlers();
    for (const token of [undefined, SECRET, '']) {
      const res = await POST(post({ token }));
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: expect.any(String) });
    }
    expect(GET().status).toBe(404);
  });

  it('answers 401 without the right bearer token', async () => {
    const { POST } = await handlers(SECRET);
    for (const token of [undefined, 'wrong', `${SECRET}x`, SECRET.toUpperCase()]) {
      const res = await POST(post({ token }));
      expect(res.status, String(token)).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect((await res.json()).error).toMatch(/Authorization: Bearer/);
    }
  });

  it('answers 400 with a JSON error for a malformed body', async () => {
    const { POST } = await handlers(SECRET);
    for (const body of [
      '',
      'not json',
      '[]',
      '{"paths": "/"}',
      '{"all": false}',
      '{"paths": ["relative"]}',
    ]) {
      const res = await POST(post({ token: SECRET, body }));
      expect(res.status, body).toBe(400);
      expect(typeof (await res.json()).error).toBe('string');
    }
  });

  it('answers 405 to other methods once turned on', async () => {
    const { GET, DELETE } = await handlers(SECRET);
    for (const handler of [GET, DELETE]) {
      const res = handler();
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
    }
  });

  it('refuses to start with a secret shorter than 32 characters, without printing it', async () => {
    await expect(handlers('short-secret-value')).rejects.toThrow(
      /REVALIDATE_SECRET is set but has only 18 characters/,
    );
    await expect(handlers('short-secret-value')).rejects.not.toThrow(/short-secret-value/);
  });
});

describe('POST /api/revalidate, body size', () => {
  it('answers 413 past 64 KB, even when the body is streamed without Content-Length', async () => {
    const { POST } = await handlers(SECRET);
    const chunk = new TextEncoder().encode(' '.repeat(16 * 1024));
    const body = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const res = await POST(
      new Request('http://localhost/api/revalidate', {
        method: 'POST',
        headers: { authorization: `Bearer ${SECRET}` },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/under 65536 bytes/);
  });
});
