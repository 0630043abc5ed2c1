import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { strings, t } from '@/lib/config/i18n';
import { linkCard, videoEmbed } from '@/lib/content/embeds';
import { securityHeaders } from '@/unbundled/security-headers.mjs';

/** The figure of a video as a reader's browser gets it: its frame's URL and its link. */
function parts(html: string) {
  const elements: Element[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    elements.push(node);
  });
  const figure = elements.find((e) => e.tagName === 'figure');
  return {
    frame: figure?.properties.dataVideoFrame,
    title: figure?.properties.dataVideoTitle,
    href: elements.find((e) => e.tagName === 'a')?.properties.href,
    iframes: elements.filter((e) => e.tagName === 'iframe').length,
  };
}

describe('videoEmbed', () => {
  it('links to a YouTube video, and names its privacy-enhanced player for the click', () => {
    expect(parts(videoEmbed('youtube', 'w7Ft2ymGmfc', t, { title: 'Démo <live>' }))).toEqual({
      frame: 'https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc?autoplay=1',
      title: 'Démo <live>',
      href: 'https://www.youtube.com/watch?v=w7Ft2ymGmfc',
      // Nothing of YouTube loads with the page.
      iframes: 0,
    });
  });

  it('starts where Hugo’s `start` says, on the page and in the player', () => {
    const { frame, href } = parts(videoEmbed('youtube', 'w7Ft2ymGmfc', t, { start: '90' }));
    expect(frame).toBe('https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc?autoplay=1&start=90');
    expect(href).toBe('https://www.youtube.com/watch?v=w7Ft2ymGmfc&t=90');
  });

  it('plays Vimeo videos from its player without tracking', () => {
    const { frame, href, title } = parts(videoEmbed('vimeo', '146022717', t));
    expect(frame).toBe('https://player.vimeo.com/video/146022717?dnt=1&autoplay=1');
    expect(href).toBe('https://vimeo.com/146022717');
    expect(title).toBe('Vidéo Vimeo');
  });

  it('says it in the post’s language', () => {
    expect(parts(videoEmbed('vimeo', '146022717', strings('en'))).title).toBe('Vimeo video');
  });

  it('makes an id that is no video id a plain link card, never a frame', () => {
    const html = videoEmbed('youtube', '"><script>x</script>', t);
    expect(html).not.toContain('data-video-frame');
    expect(html).not.toContain('<script>');
    expect(html).toContain('class="link-card"');
  });

  it('only ever names a frame the Content-Security-Policy allows', () => {
    const csp =
      securityHeaders({ https: true, development: false }).find(
        (h) => h.key === 'Content-Security-Policy',
      )?.value ?? '';
    const frameSrc = /frame-src ([^;]+)/.exec(csp)?.[1]?.split(' ') ?? [];
    for (const html of [videoEmbed('youtube', 'w7Ft2ymGmfc', t), videoEmbed('vimeo', '1', t)]) {
      expect(frameSrc).toContain(new URL(String(parts(html).frame)).origin);
    }
    expect(frameSrc).toHaveLength(2);
  });
});

describe('linkCard', () => {
  it('escapes the label and names the site it leads to', () => {
    expect(linkCard('https://www.instagram.com/p/B1/', 'Photo <b>')).toBe(
      '<p class="link-card"><a href="https://www.instagram.com/p/B1/">Photo &lt;b&gt;</a> <span class="link-card-host">instagram.com</span></p>',
    );
  });
});
