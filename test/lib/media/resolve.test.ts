import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyReference, locateFile } from '@/lib/media/resolve';

describe('classifyReference', () => {
  const post = 'posts/2024/mon-billet/index.md';

  it('resolves a path next to the post, in its page bundle', () => {
    expect(classifyReference('./schema.png', post)).toEqual({
      kind: 'local',
      root: 'content',
      path: 'posts/2024/mon-billet/schema.png',
    });
    expect(classifyReference('img/capture.png', post)).toMatchObject({
      path: 'posts/2024/mon-billet/img/capture.png',
    });
  });

  it('resolves any relative path under content/, as Gatsby blogs write them', () => {
    expect(classifyReference('../images/capture.png', 'posts/billet.md')).toEqual({
      kind: 'local',
      root: 'content',
      path: 'images/capture.png',
    });
  });

  it('takes a site-absolute path from public/', () => {
    expect(classifyReference('/images/capture.png', post)).toEqual({
      kind: 'local',
      root: 'public',
      path: 'images/capture.png',
    });
  });

  it('keeps remote images as they are', () => {
    for (const url of [
      'https://example.org/a.png',
      'HTTP://example.org/a.png',
      '//cdn.example.org/a.png',
      'data:image/png;base64,AAAA',
    ]) {
      expect(classifyReference(url, post)).toEqual({ kind: 'remote', url });
    }
  });

  it('refuses paths that leave content/ or public/', () => {
    expect(classifyReference('../../../../etc/passwd', post)).toMatchObject({
      kind: 'invalid',
      reason: expect.stringContaining('outside content/'),
    });
    expect(classifyReference('../../../../../secret.png', post)).toMatchObject({ kind: 'invalid' });
    // As in a browser, a site-absolute path cannot climb above the site's root: these stay in public/.
    expect(classifyReference('/../package.json', post)).toEqual({
      kind: 'local',
      root: 'public',
      path: 'package.json',
    });
    expect(classifyReference('/images/../../.env', post)).toEqual({
      kind: 'local',
      root: 'public',
      path: '.env',
    });
    expect(classifyReference('%2e%2e/%2e%2e/%2e%2e/%2e%2e/x.png', post)).toMatchObject({
      kind: 'invalid',
    });
  });

  it('refuses what a browser cannot load an image from', () => {
    expect(classifyReference('file:///etc/passwd', post)).toMatchObject({ kind: 'invalid' });
    expect(classifyReference('javascript:alert(1)', post)).toMatchObject({ kind: 'invalid' });
    expect(classifyReference('  ', post)).toMatchObject({ kind: 'invalid' });
    expect(classifyReference('./images/', post)).toMatchObject({ kind: 'invalid' });
  });

  it('decodes escapes, keeps spaces and accents, and ignores a query or a fragment', () => {
    expect(
      classifyReference('./Capture%20d%E2%80%99%C3%A9cran.png?v=2#centre', post),
    ).toMatchObject({
      path: 'posts/2024/mon-billet/Capture d’écran.png',
    });
    expect(classifyReference('./Schéma réseau.png', post)).toMatchObject({
      path: 'posts/2024/mon-billet/Schéma réseau.png',
    });
    // A lone % that is not an escape is taken as written.
    expect(classifyReference('./100%.png', post)).toMatchObject({
      path: 'posts/2024/mon-billet/100%.png',
    });
  });

  it('accepts Windows separators', () => {
    expect(classifyReference('..\\images\\a.png', 'posts/b.md')).toMatchObject({
      path: 'images/a.png',
    });
  });
});

describe('locateFile', () => {
  const root = mkdtempSync(join(tmpdir(), 'carnet-locate-'));
  const content = join(root, 'content');
  mkdirSync(join(content, 'posts', 'Été'), { recursive: true });
  writeFileSync(join(content, 'posts', 'Été', 'Schéma Réseau.PNG'), 'x');
  writeFileSync(join(root, 'secret.png'), 'x');
  symlinkSync(join(root, 'secret.png'), join(content, 'posts', 'lien.png'));

  it('finds a file as written', () => {
    expect(locateFile(content, 'posts/Été/Schéma Réseau.PNG')).toMatchObject({
      path: 'posts/Été/Schéma Réseau.PNG',
      caseDiffers: false,
    });
  });

  it('finds a file whose accents are composed differently (macOS writes é as e + ◌́)', () => {
    expect(locateFile(content, 'posts/Été/Schéma Réseau.PNG'.normalize('NFD'))).toMatchObject({
      path: 'posts/Été/Schéma Réseau.PNG',
      caseDiffers: false,
    });
  });

  it('finds a file written in another letter case, and says so', () => {
    expect(locateFile(content, 'posts/été/schéma réseau.png')).toMatchObject({
      path: 'posts/Été/Schéma Réseau.PNG',
      caseDiffers: true,
    });
  });

  it('says when there is no such file', () => {
    expect(locateFile(content, 'posts/Été/absent.png')).toBe('missing');
    expect(locateFile(content, 'posts/Été')).toBe('missing');
  });

  it('refuses a link that leads out of its folder', () => {
    expect(locateFile(content, 'posts/lien.png')).toBe('outside');
  });
});
