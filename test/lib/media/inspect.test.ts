import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageAttributes, isResizable } from '@/lib/media/attributes';
import { contentTypeOf } from '@/lib/media/files';
import { inspectFile } from '@/lib/media/inspect';

const solid = (width: number, height: number) => ({
  create: { width, height, channels: 3 as const, background: '#336699' },
});

describe('inspectFile', () => {
  it('reads the size of each web format', async () => {
    for (const format of ['png', 'jpeg', 'webp', 'avif', 'gif'] as const) {
      const bytes = await sharp(solid(64, 40)).toFormat(format).toBuffer();
      const result = await inspectFile(bytes, true);
      expect(result, format).toMatchObject({
        ok: true,
        image: { format, width: 64, height: 40, animated: false },
      });
    }
  });

  it('gives a photo taken sideways the size it is shown at (EXIF rotation)', async () => {
    const bytes = await sharp(solid(60, 20)).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect(await inspectFile(bytes, true)).toMatchObject({ image: { width: 20, height: 60 } });
  });

  it('knows an animated GIF, sized by one frame, which is served as it is', async () => {
    const frame = (background: string) =>
      sharp({ create: { width: 30, height: 20, channels: 3, background } })
        .png()
        .toBuffer();
    const gif = await sharp([await frame('#f00'), await frame('#00f')], {
      join: { animated: true },
    })
      .gif()
      .toBuffer();
    const result = await inspectFile(gif, true);
    expect(result).toMatchObject({
      image: { format: 'gif', width: 30, height: 20, animated: true },
    });
    if (!result.ok || !result.image) throw new Error('not inspected');
    expect(isResizable(result.image)).toBe(false);
    const attributes = Object.fromEntries(
      imageAttributes({ src: '/media/x/a.gif', ...result.image }, { eager: false }),
    );
    expect(attributes.srcset).toBeUndefined();
    expect(attributes.src).toBe('/media/x/a.gif');
  });

  it('sizes an SVG from its viewBox', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360"></svg>');
    expect(await inspectFile(svg, true)).toMatchObject({
      image: { format: 'svg', width: 640, height: 360 },
    });
  });

  it('refuses what browsers do not show, and what is not an image', async () => {
    const tiff = await sharp(solid(8, 8)).tiff().toBuffer();
    expect(await inspectFile(tiff, true)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('TIFF'),
    });
    expect(await inspectFile(Buffer.from('%PDF-1.4'), true)).toMatchObject({ ok: false });
  });

  it('refuses an image cut short, though its header is whole', async () => {
    for (const format of ['png', 'jpeg'] as const) {
      const whole = await sharp(solid(64, 64)).toFormat(format).toBuffer();
      expect(await inspectFile(whole.subarray(0, whole.length - 10), true), format).toMatchObject({
        ok: false,
        reason: expect.stringContaining('cut short'),
      });
    }
  });

  it('hashes any file by its content', async () => {
    const a = await inspectFile(Buffer.from('slides'), false);
    const b = await inspectFile(Buffer.from('slides'), false);
    const c = await inspectFile(Buffer.from('slides v2'), false);
    expect(a).toMatchObject({ ok: true, hash: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(a.ok && b.ok && a.hash === b.hash).toBe(true);
    expect(a.ok && c.ok && a.hash !== c.hash).toBe(true);
  });
});

describe('contentTypeOf', () => {
  it('serves images and documents by type, configs as text, anything else as bytes to download', () => {
    expect(contentTypeOf('a.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('slides.pdf')).toBe('application/pdf');
    expect(contentTypeOf('nginx.conf')).toBe('text/plain; charset=utf-8');
    expect(contentTypeOf('page.html')).toBe('application/octet-stream');
    expect(contentTypeOf('sans-extension')).toBe('application/octet-stream');
  });
});
